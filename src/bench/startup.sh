#!/usr/bin/env bash
# Measures the packaged application's start: time from launching the JVM until /ready answers 200,
# Quarkus' own "started in" figure, and resident memory (RSS) when ready and after 200 requests.
# Needs a built application (./mvnw package) and a reachable PostgreSQL and Redis (the defaults of
# application.properties, or QUARKUS_* environment variables).
#
# Usage: src/bench/startup.sh [runs]     (default 5 runs; prints one line per run and the medians)
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-5}
jar=target/quarkus-app/quarkus-run.jar
port=${BENCH_PORT:-18080}
[ -f "$jar" ] || { echo "build first: ./mvnw package" >&2; exit 1; }

now_ms() { date +%s%3N; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

ready_ms=(); started_ms=(); rss_ready=(); rss_loaded=()
for run in $(seq 1 "$runs"); do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is taken: stop what listens there, or set BENCH_PORT" >&2; exit 1
  fi
  log=$(mktemp)
  start=$(now_ms)
  java -Dquarkus.http.port="$port" ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/ready"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(( $(now_ms) - start ))
  rss1=$(rss_kb "$pid")
  for _ in $(seq 1 200); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/v2/lotteries"; done
  rss2=$(rss_kb "$pid")
  started=$(sed -n 's/.*started in \([0-9.]*\)s.*/\1/p' "$log" | head -n 1)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
  started_ms+=("$(awk -v s="$started" 'BEGIN {printf "%d", s * 1000}')")
  ready_ms+=("$ready"); rss_ready+=("$rss1"); rss_loaded+=("$rss2")
  printf 'run %d: ready after %d ms (Quarkus: started in %s s), RSS %d MiB at ready, %d MiB after 200 requests\n' \
    "$run" "$ready" "$started" $((rss1 / 1024)) $((rss2 / 1024))
done
printf 'median of %d runs: ready after %s ms, Quarkus "started in" %s ms, RSS %s MiB at ready, %s MiB after 200 requests\n' \
  "$runs" \
  "$(printf '%s\n' "${ready_ms[@]}" | median)" \
  "$(printf '%s\n' "${started_ms[@]}" | median)" \
  "$(printf '%s\n' "${rss_ready[@]}" | median | awk '{printf "%d", $1 / 1024}')" \
  "$(printf '%s\n' "${rss_loaded[@]}" | median | awk '{printf "%d", $1 / 1024}')"
