#!/usr/bin/env bash
# The design library under load (issue 4/7), on the packaged application with rate limits and
# degradation off:
#   1. warms the library for the keys used (admin warm-up, one search each);
#   2. wrk, 20 connections, 2 threads, closed loop, `seconds` each (default 20), one after another
#      in one run: GET /api/v2/lotteries/5-35, then POST generate tier3 conservative 50, then POST
#      generate tier4 aggressive 100;
#   3. spec 12.3's burst: 50 simultaneous tier3 balanced 50-ticket generations (warm key), each
#      timed from its own send to its answer: all must succeed, mean <= 300 ms, p99 <= 1 s.
# Needs a built application (./mvnw package), PostgreSQL (database lottery), Redis, wrk, python3.
#
# Every answer other than 200 is counted: wrk's "Non-2xx" line must be absent.
#
# Usage: src/bench/design-library-load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-20}
connections=${2:-20}
port=${BENCH_PORT:-18082}
jar=target/quarkus-app/quarkus-run.jar
base="http://127.0.0.1:$port"
token=bench-admin-token
[ -f "$jar" ] || { echo "build first: ./mvnw package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }

log=$(mktemp)
work=$(mktemp -d)
java -Dquarkus.http.port="$port" -Dlottery.admin.token="$token" \
  -Dlottery.rate-limits.generation-requests=100000000 -Dlottery.rate-limits.api-requests=100000000 \
  -Dlottery.rate-limits.status-checks=100000000 -Dlottery.degradation.enabled=false \
  -Dlottery.clients.max-active-generations=100000 -Dlottery.design-library.improver.enabled=false \
  ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$log" "$work"' EXIT
until curl -sf -o /dev/null "$base/ready"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done

t3c='{"targetTier":"tier3","numberOfTickets":50,"strategy":"conservative","lotteryType":"5/35"}'
t4a='{"targetTier":"tier4","numberOfTickets":100,"strategy":"aggressive","lotteryType":"5/35"}'
t3b='{"targetTier":"tier3","numberOfTickets":50,"strategy":"balanced","lotteryType":"5/35"}'
echo "warm-up of the library (one search per key):"
curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "[$t3c,$t4a,$t3b]" "$base/api/v2/admin/design-library/warm" |
  python3 -c 'import json,sys; [print(" ", w["key"], "stored" if w["stored"] else "kept", w["status"], w["timeElapsed"], "ms") for w in json.load(sys.stdin)]'

post() {
  cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$1'
LUA
  wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/post.lua" --timeout 10s --latency "$base/api/v2/generate-tickets"
}
# The JIT compiles for about a minute under this load (C2 took 40 s of CPU): measured runs come after.
warmup=${BENCH_WARMUP:-20}
echo "JIT warm-up: $warmup s of each"
wrk -t2 -c"$connections" -d"${warmup}s" "$base/api/v2/lotteries/5-35" >/dev/null
seconds_saved=$seconds; seconds=$warmup; post "$t3c" >/dev/null; post "$t4a" >/dev/null; seconds=$seconds_saved
echo "== GET /api/v2/lotteries/5-35"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base/api/v2/lotteries/5-35" | tee "$work/get.txt"
echo "== POST generate tier3 conservative 50"
post "$t3c" | tee "$work/t3c.txt"
echo "== POST generate tier4 aggressive 100"
post "$t4a" | tee "$work/t4a.txt"
python3 - "$work" <<'PY'
import re, sys
def rate(name):
    return float(re.search(r"Requests/sec:\s+([\d.]+)", open(f"{sys.argv[1]}/{name}.txt").read()).group(1))
get = rate("get")
for name, label in (("t3c", "tier3 conservative 50"), ("t4a", "tier4 aggressive 100")):
    print(f"{label}: {rate(name):.1f}/s = {100 * rate(name) / get:.2f}% of the GET's {get:.0f}/s")
PY
echo "== burst: 50 simultaneous tier3 balanced 50"
python3 - "$base" "$t3b" <<'PY'
import http.client, statistics, sys, threading, time, urllib.parse
base = urllib.parse.urlparse(sys.argv[1]); body = sys.argv[2]
barrier = threading.Barrier(50); results = []
def one():
    connection = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
    connection.connect()
    barrier.wait()
    start = time.perf_counter()
    connection.request("POST", "/api/v2/generate-tickets", body, {"Content-Type": "application/json"})
    answer = connection.getresponse(); answer.read()
    results.append((answer.status, (time.perf_counter() - start) * 1000))
threads = [threading.Thread(target=one) for _ in range(50)]
[t.start() for t in threads]; [t.join() for t in threads]
times = sorted(ms for _, ms in results)
ok = sum(1 for status, _ in results if status == 200)
p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
print(f"{ok}/50 answered 200; mean {statistics.mean(times):.0f} ms, median {statistics.median(times):.0f} ms, p99 {p99:.0f} ms, max {times[-1]:.0f} ms")
PY
