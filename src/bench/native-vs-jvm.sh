#!/usr/bin/env bash
# The native executable and the JVM jar side by side, in one run on one machine: time from launch to
# /ready 200, RSS at ready, wrk on a trivial GET and on the README's generate example, RSS after each.
# Needs target/quarkus-app (./mvnw package), target/*-runner (see README "Native image"), wrk, and
# the PostgreSQL and Redis of application.properties. Rate limits and degradation are off, so that
# the figures are the service's, not its limits'.
#
# Usage: src/bench/native-vs-jvm.sh [seconds per wrk run]   (default 15)
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-15}
port=${BENCH_PORT:-18080}
management=$((port + 1000))
runner=$(ls target/*-runner 2>/dev/null | head -n 1)
[ -n "$runner" ] || { echo "no target/*-runner: build the native executable first" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

options=(-Dquarkus.http.port="$port" -Dquarkus.management.port="$management" -Dlottery.rate-limits.enabled=false
  -Dlottery.degradation.enabled=false -Dlottery.clients.max-active-generations=100000 -Dlottery.seed.enabled=false)
body='{"targetTier": "tier4", "numberOfTickets": 100, "strategy": "aggressive", "budget": 500, "lotteryType": "5/35", "preferences": {"maxGenerationTime": 30000}, "seed": 42}'
lua=$(mktemp --suffix=.lua)
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$body" > "$lua"

now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
summary() { awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s req/s, p50 %s, p99 %s", rps, p50, p99}'; }

measure() {
  local name=$1; shift
  local log start pid ready rss_ready get rss_get post rss_post
  log=$(mktemp)
  start=$(now_ms)
  "$@" >"$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/ready"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.01
  done
  ready=$(( $(now_ms) - start ))
  rss_ready=$(rss_mb "$pid")
  get=$(wrk -t2 -c32 -d"${seconds}s" --latency "http://127.0.0.1:$port/api/v2/lotteries/5-35" | summary)
  rss_get=$(rss_mb "$pid")
  post=$(wrk -t2 -c4 -d"${seconds}s" --latency -s "$lua" "http://127.0.0.1:$port/api/v2/generate-tickets" | summary)
  rss_post=$(rss_mb "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$name | ready ${ready} ms | RSS ${rss_ready} MB | GET: ${get}; RSS ${rss_get} MB | generate: ${post}; RSS ${rss_post} MB"
  echo "$name: $(grep -c "HR000090" "$log" || true) HR000090 warnings"
  rm -f "$log"
}

measure native "$runner" "${options[@]}"
measure jvm java "${options[@]}" -jar target/quarkus-app/quarkus-run.jar
rm -f "$lua"
