#!/usr/bin/env bash
# Spec 12.3 and 11.1 against the packaged application: bursts of concurrent generation sessions
# (tier3, balanced, 50 tickets, the spec's 5/35 game), all sent at the same instant, then a
# sustained load of cached pattern-analysis requests. Rate limits are raised for the run;
# spec 10.3's degradation stays on (it is part of how the service copes). Needs a built
# application (./mvnw package), PostgreSQL (database lottery), Redis, python3 and wrk.
#
# Usage: src/bench/reliability-load.sh        (bursts of 50 and 100, then 30 s of pattern analysis)
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${BENCH_PORT:-18082}
jar=target/quarkus-app/quarkus-run.jar
base="http://127.0.0.1:$port"
[ -f "$jar" ] || { echo "build first: ./mvnw package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }

log=$(mktemp)
java -Dquarkus.http.port="$port" \
  -Dlottery.rate-limits.generation-requests=100000000 -Dlottery.rate-limits.api-requests=100000000 \
  -Dlottery.rate-limits.status-checks=100000000 \
  ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT
until curl -sf -o /dev/null "$base/ready"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done

python3 - "$base" <<'PY'
import json, statistics, sys, threading, time, urllib.error, urllib.request
base = sys.argv[1]
body = json.dumps({"targetTier": "tier3", "numberOfTickets": 50, "strategy": "balanced",
                   "lotteryType": "5/35"}).encode()

def one(results, start):
    start.wait()
    sent = time.perf_counter()
    request = urllib.request.Request(base + "/api/v2/generate-tickets", body, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            status, text, retry = answer.status, answer.read(), None
    except urllib.error.HTTPError as error:
        status, text, retry = error.code, error.read(), error.headers.get("Retry-After")
    except Exception as error:  # a hung or dropped connection counts as an error
        status, text, retry = -1, str(error).encode(), None
    results.append((status, (time.perf_counter() - sent) * 1000, text, retry))

def burst(n):
    results, start = [], threading.Event()
    threads = [threading.Thread(target=one, args=(results, start)) for _ in range(n)]
    for thread in threads:
        thread.start()
    start.set()
    for thread in threads:
        thread.join()
    return results

def report(n, results):
    by_status = {}
    for status, _, _, _ in results:
        by_status[status] = by_status.get(status, 0) + 1
    ok = sorted(ms for status, ms, _, _ in results if status == 200)
    print(f"burst of {n}: statuses {dict(sorted(by_status.items()))}")
    if ok:
        p99 = ok[min(len(ok) - 1, int(round(0.99 * len(ok))) - 1)]
        print(f"  200s: n={len(ok)} mean {statistics.mean(ok):.0f} ms, median {statistics.median(ok):.0f} ms, "
              f"p99 {p99:.0f} ms, max {ok[-1]:.0f} ms")
    levels = {}
    for status, _, text, _ in results:
        if status == 200:
            level = json.loads(text).get("generation", {}).get("degradationLevel", "?")
            levels[level] = levels.get(level, 0) + 1
    print(f"  degradation levels: {levels}")
    refused = [(json.loads(text), retry) for status, _, text, retry in results if status == 503]
    if refused:
        codes = {(body["error"], retry) for body, retry in refused}
        worst = max(ms for status, ms, _, _ in results if status == 503)
        print(f"  503s: {codes}, slowest refusal {worst:.0f} ms")

for _ in range(3):  # warm-up
    burst(10)
for n in (50, 100):
    report(n, burst(n))
    time.sleep(2)
PY

echo "pattern analysis (cached), 30 s, 50 connections:"
curl -sf -o /dev/null "$base/api/v2/pattern-analysis/5-35"
wrk -t2 -c50 -d5s "$base/api/v2/pattern-analysis/5-35" >/dev/null
wrk -t2 -c50 -d30s --latency "$base/api/v2/pattern-analysis/5-35"
