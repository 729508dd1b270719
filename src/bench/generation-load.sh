#!/usr/bin/env bash
# Load test of ticket generation: 20 concurrent clients (wrk, closed loop) POSTing 100-ticket
# tier4 aggressive requests for the spec's 5/35 game to the packaged application, after a 10 s
# warm-up, then the SSE latency: the time from a 202 to the first progress event, over 30 async
# generations. Rate limits are raised for the run (each client would otherwise get 10 per hour).
# Needs a built application (./mvnw package), PostgreSQL (database lottery) and Redis, wrk and
# python3.
#
# Usage: src/bench/generation-load.sh [seconds] [connections]   (default 60 s, 20 connections)
# BENCH_DEGRADATION=true keeps spec 10.3's degradation on (it caps tickets under load).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
connections=${2:-20}
port=${BENCH_PORT:-18081}
jar=target/quarkus-app/quarkus-run.jar
base="http://127.0.0.1:$port"
[ -f "$jar" ] || { echo "build first: ./mvnw package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }

log=$(mktemp)
script=$(mktemp --suffix=.lua)
cat >"$script" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"targetTier":"tier4","numberOfTickets":100,"strategy":"aggressive","lotteryType":"5/35"}'
LUA
java -Dquarkus.http.port="$port" \
  -Dlottery.rate-limits.generation-requests=100000000 -Dlottery.rate-limits.api-requests=100000000 \
  -Dlottery.rate-limits.status-checks=100000000 \
  -Dlottery.degradation.enabled="${BENCH_DEGRADATION:-false}" \
  ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log" "$script"' EXIT
until curl -sf -o /dev/null "$base/ready"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done
echo "warm-up: 10 s"
wrk -t2 -c"$connections" -d10s -s "$script" "$base/api/v2/generate-tickets" >/dev/null
echo "measured: $seconds s, $connections connections"
wrk -t2 -c"$connections" -d"${seconds}s" -s "$script" --timeout 10s --latency "$base/api/v2/generate-tickets"
echo "degradation levels seen in 20 responses:"
for _ in $(seq 1 20); do
  curl -s -H 'Content-Type: application/json' -d '{"targetTier":"tier4","numberOfTickets":100,"strategy":"aggressive","lotteryType":"5/35"}' \
    "$base/api/v2/generate-tickets" | grep -o '"degradationLevel":"[a-z_]*"'
done | sort | uniq -c
echo "SSE: time from the 202 to the first progress event, 30 async generations"
python3 - "$base" <<'PY'
import http.client, json, statistics, sys, time, urllib.parse
base = urllib.parse.urlparse(sys.argv[1])
body = json.dumps({"targetTier": "tier4", "numberOfTickets": 100, "strategy": "aggressive", "lotteryType": "5/35"})
samples = []
for _ in range(30):
    post = http.client.HTTPConnection(base.hostname, base.port)
    post.request("POST", "/api/v2/generate-tickets?async=true", body, {"Content-Type": "application/json"})
    answer = post.getresponse()
    accepted = time.perf_counter()
    session = json.loads(answer.read())["sessionId"]
    stream = http.client.HTTPConnection(base.hostname, base.port)
    stream.request("GET", "/api/v2/generation-status/" + session, headers={"Accept": "text/event-stream"})
    events = stream.getresponse()
    while True:
        line = events.fp.readline().decode()
        if line.startswith("event:") and "progress" in line:
            samples.append((time.perf_counter() - accepted) * 1000)
            break
        if not line:
            break
    stream.close()
    post.close()
samples.sort()
print("first progress after 202: median %.1f ms, p90 %.1f ms, max %.1f ms (n=%d)" % (
    statistics.median(samples), samples[int(0.9 * len(samples)) - 1], samples[-1], len(samples)))
PY
