#!/usr/bin/env bash
# Starts the native executable against this machine's PostgreSQL and Redis, and prints the time from
# start to /ready answering 200 and the resident memory at that moment. Usage: native-start.sh <runner>
set -euo pipefail
runner=$1
port=18080
management=19000
start=$(date +%s%N)
"$runner" -Dquarkus.http.port=$port -Dquarkus.management.port=$management \
  -Dlottery.seed.enabled=false > target/native-start.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/ready" || true)" = 200 ]; then
    ready=$(date +%s%N)
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    printf '[ci] native: start to /ready 200 in %d ms, RSS at ready %d MB\n' \
      $(( (ready - start) / 1000000 )) $(( rss / 1024 ))
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    tail -n 40 target/native-start.log
    echo "[ci] the native executable exited before it was ready" >&2
    exit 1
  fi
  sleep 0.05
done
tail -n 40 target/native-start.log
echo "[ci] the native executable was not ready within 30 s" >&2
exit 1
