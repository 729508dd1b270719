#!/usr/bin/env bash
# Native executables built with different options, side by side in one run: median launch-to-/ready time and RSS
# at ready over 5 starts, then wrk on a trivial GET and on a small generate, with the default heap and -Xmx64m.
# Needs the executables (README "Native image"; extra -H: options follow the sources folder of build.sh), wrk, and
# the PostgreSQL and Redis of application.properties. Rate limits and degradation are off.
#
# Usage: src/bench/native-options.sh name=path/to/runner [name=path/to/runner ...]
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${BENCH_SECONDS:-10}
port=${BENCH_PORT:-18080}
management=$((port + 1000))
options=(-Dquarkus.http.port="$port" -Dquarkus.management.port="$management" -Dlottery.rate-limits.enabled=false
  -Dlottery.degradation.enabled=false -Dlottery.clients.max-active-generations=100000 -Dlottery.seed.enabled=false)
body='{"targetTier": "tier4", "numberOfTickets": 20, "strategy": "aggressive", "lotteryType": "5/35", "seed": 42}'
lua=$(mktemp --suffix=.lua)
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$body" > "$lua"
trap 'rm -f "$lua"' EXIT

now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
summary() { awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {printf "%s req/s (p99 %s)", rps, p99}'; }

start() {
  "$@" >/dev/null 2>&1 &
  pid=$!
  local begun
  begun=$(now_ms)
  until curl -sf -o /dev/null "http://127.0.0.1:$port/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "$1 exited before ready" >&2; exit 1; }
    sleep 0.005
  done
  ready_ms=$(( $(now_ms) - begun ))
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

echo "| executable | heap | launch to /ready (median of 5) | RSS at ready | GET | RSS after GET | generate | RSS after generate |"
echo "|---|---|---|---|---|---|---|---|"
for entry in "$@"; do
  name=${entry%%=*}
  runner=${entry#*=}
  for heap in default -Xmx64m; do
    extra=()
    [ "$heap" = default ] || extra=("$heap")
    readies=(); rsses=()
    for _ in 1 2 3 4 5; do
      start "$runner" "${options[@]}" "${extra[@]}"
      readies+=("$ready_ms"); rsses+=("$(rss_mb "$pid")")
      stop
    done
    start "$runner" "${options[@]}" "${extra[@]}"
    get=$(wrk -t2 -c32 -d"${seconds}s" --latency "http://127.0.0.1:$port/api/v2/lotteries/5-35" | summary)
    rss_get=$(rss_mb "$pid")
    post=$(wrk -t2 -c4 -d"${seconds}s" --latency -s "$lua" "http://127.0.0.1:$port/api/v2/generate-tickets" | summary)
    rss_post=$(rss_mb "$pid")
    stop
    echo "| $name | $heap | $(printf '%s\n' "${readies[@]}" | median) ms | $(printf '%s\n' "${rsses[@]}" | median) MB | $get | $rss_get MB | $post | $rss_post MB |"
  done
done
