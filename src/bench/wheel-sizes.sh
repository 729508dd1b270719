#!/usr/bin/env bash
# Wheel sizes against the best published designs (issue 4/7): for each (game, v, x, t) below, one
# POST /api/v2/wheels with a search of `seconds` (default 10) on an empty wheel library, and the
# size found beside the best known (src/main/resources/wheels/best-known.csv) and the Schönheim
# bound; then the full-game wheel 5/35 "3 if 5" with a search of 6 x `seconds`.
# Needs a built application (./mvnw package), PostgreSQL (database lottery), Redis, python3.
#
# Usage: src/bench/wheel-sizes.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-10}
port=${BENCH_PORT:-18085}
jar=target/quarkus-app/quarkus-run.jar
base="http://127.0.0.1:$port"
[ -f "$jar" ] || { echo "build first: ./mvnw package" >&2; exit 1; }
psql -h 127.0.0.1 -U lottery -d lottery -qc "DELETE FROM wheel_designs" 2>/dev/null || true

log=$(mktemp)
java -Dquarkus.http.port="$port" -Dlottery.admin.token=bench-admin-token \
  -Dlottery.rate-limits.generation-requests=100000000 \
  -Dlottery.rate-limits.api-requests=100000000 -Dlottery.degradation.enabled=false \
  ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT
until curl -sf -o /dev/null "$base/ready"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done
# A 6-number game for the k = 6 cases (kept if it exists).
curl -s -o /dev/null -X POST "$base/api/v2/lotteries" -H 'Authorization: Bearer bench-admin-token' \
  -H 'Content-Type: application/json' -d '{"id": "bench-6-49", "name": "bench 6/49",
  "numberRange": {"min": 1, "max": 49}, "drawSize": 6, "ticketPrice": 2.00, "currency": "EUR",
  "prizeStructure": {"tier3": {"prizeType": "fixed", "prize": 10}, "tier6": {"prizeType": "pari_mutuel"}}}'
python3 - "$base" "$seconds" <<'PY'
import json, sys, urllib.request
base, seconds = sys.argv[1], int(sys.argv[2])
def wheel(game, v, x, t, ms):
    body = {"lotteryType": game, "guarantee": {"matches": t, "ifDrawnInPool": x}, "maxSearchTime": ms}
    if v is not None:
        body["pool"] = list(range(1, v + 1))
    request = urllib.request.Request(base + "/api/v2/wheels", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(request, timeout=600))
cases = [("5/35", 10, 3, 3), ("5/35", 12, 3, 3), ("5/35", 15, 3, 3), ("5/35", 12, 5, 3), ("5/35", 15, 5, 3),
         ("5/35", 20, 5, 3), ("5/35", 12, 4, 4), ("5/35", 15, 5, 4), ("bench-6-49", 12, 3, 3), ("bench-6-49", 15, 3, 3),
         ("bench-6-49", 15, 6, 3), ("bench-6-49", 20, 6, 3), ("bench-6-49", 12, 4, 4), ("bench-6-49", 15, 6, 4), ("bench-6-49", 18, 6, 4),
         ("bench-6-49", 20, 6, 4)]
print("| game | v | k | x | t | ours | best known | ours - best | Schönheim bound | verified |")
print("|---|---|---|---|---|---|---|---|---|---|")
for game, v, x, t in cases + [("5/35", None, 5, 3)]:
    w = wheel(game, v, x, t, seconds * 1000 * (6 if v is None else 1))
    best = w["bestKnown"]["tickets"] if w["bestKnown"] else ("173 (the issue's figure)" if v is None else "-")
    gap = w["aboveBestKnown"] if w["aboveBestKnown"] is not None else "-"
    k = len(w["tickets"][0])
    print(f"| {game} | {len(w['pool'])} | {k} | {x} | {t} | {w['ticketCount']} | {best} | {gap} | {w['lowerBound']} |"
          f" {w['waysMet']} of {w['ways']} |")
PY
