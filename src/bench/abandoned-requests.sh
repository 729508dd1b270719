#!/usr/bin/env bash
# Clients that give up: POST /api/v2/generate-tickets with curl --max-time cut between 1 and 40 ms, so that
# connections close while requests are being checked, stored or started. Counts Hibernate Reactive's HR000090
# ("Live transaction detected while closing the connection") in the service's log, and the sessions that are
# still active once every started generation has had time to end (stored, never started).
# Needs target/quarkus-app (./mvnw package) or, with "native", target/*-runner, and the PostgreSQL and Redis of
# application.properties (README "Run it").
#
# Usage: src/bench/abandoned-requests.sh [jvm|native] [requests]   (default jvm 400)
set -euo pipefail
cd "$(dirname "$0")/../.."

kind=${1:-jvm}
requests=${2:-400}
port=${BENCH_PORT:-18080}
management=$((port + 1000))
options=(-Dquarkus.http.port="$port" -Dquarkus.management.port="$management" -Dlottery.rate-limits.enabled=false
  -Dlottery.degradation.enabled=false -Dlottery.clients.max-active-generations=100000 -Dlottery.seed.enabled=false)
if [ "$kind" = native ]; then
  command=("$(ls target/*-runner | head -n 1)" "${options[@]}")
else
  command=(java "${options[@]}" -jar target/quarkus-app/quarkus-run.jar)
fi
body='{"targetTier": "tier4", "numberOfTickets": 20, "strategy": "aggressive", "lotteryType": "5/35", "seed": 42}'
sql() { psql -qtA -h 127.0.0.1 -U lottery -d lottery -c "$1"; }

log=$(mktemp)
"${command[@]}" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/ready"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.05
done
before=$(sql "SELECT count(*) FROM user_sessions")
seq 1 "$requests" | xargs -P 4 -I{} sh -c 'curl -s -o /dev/null --max-time "$(printf 0.%03d $(( {} % 40 + 1 )))" \
  -H "Content-Type: application/json" -d '"'$body'"' "http://127.0.0.1:'"$port"'/api/v2/generate-tickets" || true'
# Started generations end within seconds; a session still active after 30 s was stored and never started.
for _ in $(seq 1 300); do
  [ "$(sql "SELECT count(*) FROM user_sessions WHERE status = 'active'")" = 0 ] && break
  sleep 0.1
done
stored=$(( $(sql "SELECT count(*) FROM user_sessions") - before ))
echo "$kind: $requests abandoned requests, $stored sessions stored, $(sql "SELECT count(*) FROM user_sessions WHERE status = 'active'") still active, $(grep -c HR000090 "$log" || true) HR000090 in the log"
