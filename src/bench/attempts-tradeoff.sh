#!/usr/bin/env bash
# What a shorter optimisation costs: for each tier3 attempt budget given, 7 seeded tier3 balanced
# 50-ticket generations (spec 5/35 game) on the packaged application, one at a time, and the
# exact P(at least one win of 3+) and P(at least two) of their sets, with the engine time.
# Needs a built application (./mvnw package), PostgreSQL (database lottery), Redis and python3.
#
# Usage: src/bench/attempts-tradeoff.sh [attempt budgets...]   (default: 100 10 4 1)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${BENCH_PORT:-18095}
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw package" >&2; exit 1; }
for attempts in "${@:-100 10 4 1}"; do
  for budget in $attempts; do
    log=$(mktemp)
    java -Dquarkus.http.port="$port" -Dlottery.rate-limits.generation-requests=100000000 \
      -Dlottery.rate-limits.api-requests=100000000 -Dlottery.degradation.enabled=false \
      -Dlottery.stopping-criteria.tier3.meta.max-attempts-base="$budget" -jar "$jar" >"$log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/ready"; do
      kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
      sleep 0.3
    done
    python3 - "$port" "$budget" <<'PY'
import json, statistics, sys, urllib.request
port, budget = sys.argv[1], sys.argv[2]
one, two, took = [], [], []
for seed in range(1, 8):
    body = json.dumps({"targetTier": "tier3", "numberOfTickets": 50, "strategy": "balanced",
                       "lotteryType": "5/35", "seed": seed}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/v2/generate-tickets", body,
                                     {"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as answer:
        result = json.loads(answer.read())
    coverage = result["quality"]["coverage"]
    one.append(coverage["atLeastOneWin"]); two.append(coverage["atLeastTwoWins"])
    took.append(result["generation"]["timeElapsed"])
print(f"max-attempts-base {budget}: P(>=1 win) median {statistics.median(one):.4f}, "
      f"P(>=2 wins) median {statistics.median(two):.4f}, engine time median {statistics.median(took):.0f} ms; "
      f"50 random distinct tickets: {coverage['randomDistinctAtLeastOne']:.4f}")
PY
    kill "$pid"; wait "$pid" 2>/dev/null || true; rm -f "$log"
  done
done
