#!/usr/bin/env bash
# Load test of the cached pattern analysis: 50 concurrent clients (wrk, closed loop) on
# GET /api/v2/pattern-analysis/tx-cash-5-5-37 (the 5,058-draw Texas history) against the packaged
# application, after a warm-up. Needs a built application (./mvnw package), a reachable PostgreSQL
# (database lottery) and Redis, and wrk (Debian package wrk).
#
# Usage: src/bench/pattern-analysis-load.sh [seconds] [connections]   (default 30 s, 50 connections)
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-30}
connections=${2:-50}
port=${BENCH_PORT:-18080}
data_dir=${LOTTERY_DATA_DIR:-../shared/data}
jar=target/quarkus-app/quarkus-run.jar
url="http://127.0.0.1:$port/api/v2/pattern-analysis/tx-cash-5-5-37"
[ -f "$jar" ] || { echo "build first: ./mvnw package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }

log=$(mktemp)
# The seed import makes sure the history is stored (it is idempotent).
java -Dquarkus.http.port="$port" -Dlottery.seed.enabled=true -Dlottery.data.dir="$data_dir" \
  ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/ready"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done
until curl -sf -o /dev/null "$url"; do sleep 0.2; done
bytes=$(curl -s "$url" | wc -c)
echo "response: $bytes bytes; draws: $(curl -s "$url" | grep -o '"totalAnalyzedDraws":[0-9]*')"
echo "warm-up: 10 s"
wrk -t2 -c"$connections" -d10s "$url" >/dev/null
echo "measured: $seconds s, $connections connections"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url"
