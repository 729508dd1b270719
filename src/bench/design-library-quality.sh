#!/usr/bin/env bash
# Library quality after background work (issue 4/7): 5/35, tier 3, conservative (P(at least one 3+
# win)), under the tier's pattern quotas, for N = 20, 50 and 100 tickets. Starts the packaged
# application with the background search on (one thread, a full core's share, BENCH_SEARCH_TIME per
# search, default PT10S, at most `budget` seconds of search per key, default 60), warms the three
# keys (one ordinary search each), waits until the search has spent its budget on each key, and
# prints each key's objective after the first search and after the background work.
# Needs a built application (./mvnw package), PostgreSQL (database lottery), Redis, python3.
# The library is emptied of these keys first (DELETE on the design_library rows of 5 of 1..35).
#
# BENCH_NO_QUOTAS=1 relaxes tier 3's thresholds (no hot-coverage minimum, warm and cold maxima of
# 1, no unique-hot minimum, one pattern may take every ticket, no score or hot-number floors) and
# gives every conservative ticket to the balanced_range strategy (no anchored numbers); tickets
# still change patterns only within their pattern group. The library is emptied of these keys
# again at the end, as its key does not hold the thresholds.
#
# Usage: src/bench/design-library-quality.sh [budget seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."

budget=${1:-60}
port=${BENCH_PORT:-18084}
jar=target/quarkus-app/quarkus-run.jar
base="http://127.0.0.1:$port"
token=bench-admin-token
[ -f "$jar" ] || { echo "build first: ./mvnw package" >&2; exit 1; }
psql -h 127.0.0.1 -U lottery -d lottery -qc "DELETE FROM design_library WHERE game = '5 of 1..35'" 2>/dev/null || true

relaxed=()
if [ -n "${BENCH_NO_QUOTAS:-}" ]; then
  t3=lottery.stopping-criteria.tier3
  relaxed=(-D$t3.pattern-grouping.hot-coverage-minimum=0 -D$t3.pattern-grouping.warm-coverage-maximum=1
    -D$t3.pattern-grouping.cold-coverage-maximum=1 -D$t3.pattern-grouping.diversity-minimum-unique-hot=0
    -D$t3.pattern-grouping.diversity-maximum-single-pattern=1 -D$t3.traditional.optimization-score-minimum=0
    -D$t3.traditional.hot-number-coverage-minimum=0 -D$t3.strategy-shares.conservative.pattern_specific=0
    -D$t3.strategy-shares.conservative.balanced_range=100 -D$t3.strategy-shares.conservative.hot_pair=0
    -D$t3.strategy-shares.conservative.triplet_foundation=0 -D$t3.strategy-shares.conservative.consecutive_enhanced=0)
fi

log=$(mktemp)
java "${relaxed[@]}" -Dquarkus.http.port="$port" -Dlottery.admin.token="$token" \
  -Dlottery.rate-limits.generation-requests=100000000 -Dlottery.rate-limits.api-requests=100000000 \
  -Dlottery.degradation.enabled=false -Dlottery.design-library.improver.enabled=true \
  -Dlottery.design-library.improver.cpu-share=1.0 -Dlottery.design-library.improver.search-time=${BENCH_SEARCH_TIME:-PT10S} \
  -Dlottery.design-library.improver.max-search-per-key=PT${budget}S -Dlottery.design-library.improver.idle-rest=PT1S \
  -Dlottery.design-library.improver.wheels=false \
  ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
pid=$!
cleanup() {
  kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"
  if [ -n "${BENCH_NO_QUOTAS:-}" ]; then
    psql -h 127.0.0.1 -U lottery -d lottery -qc "DELETE FROM design_library WHERE game = '5 of 1..35'" 2>/dev/null || true
  fi
}
trap cleanup EXIT
until curl -sf -o /dev/null "$base/ready"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done
python3 - "$base" "$token" "$budget" <<'PY'
import json, sys, time, urllib.request
base, token, budget = sys.argv[1], sys.argv[2], int(sys.argv[3])
def call(path, body=None):
    request = urllib.request.Request(base + path, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(request, timeout=600))
sizes = (20, 50, 100)
warmed = call("/api/v2/admin/design-library/warm", [
    {"targetTier": "tier3", "numberOfTickets": n, "strategy": "conservative", "lotteryType": "5/35"} for n in sizes])
first = {w["key"]: (n, w["objective"], w["timeElapsed"]) for n, w in zip(sizes, warmed)}
start = time.time()
while True:
    entries = {e["key"]: e for e in call("/api/v2/admin/design-library") if e["key"] in first}
    done = all(e["totalSearchMs"] >= budget * 1000 and e["claimedBy"] is None for e in entries.values())
    if done or time.time() - start > 3 * len(sizes) * budget + 120:
        break
    time.sleep(5)
print("| N | first search: P(3+), ms | after background work: P(3+), revision, total search ms |")
print("|---|---|---|")
for key, (n, objective, took) in first.items():
    e = entries[key]
    print(f"| {n} | {objective:.4f}, {took} | {e['objective']:.4f}, {e['revision']}, {e['totalSearchMs']} |")
PY
