#!/usr/bin/env bash
# Time to healthy (readiness UP) and resident memory after start with demo data, cold (new data directory: initdb,
# migrations, demo data) and warm (the same directory again). Usage: ./globaldesk bench startup [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
[ -f target/globaldesk.jar ] || mvn -B -ntp -q package -DskipTests
port=18080
measure() {  # $1 = data dir; prints "seconds rss_mb"
  local start end pid rss
  start=$(date +%s.%N)
  java --add-modules jdk.incubator.vector -jar target/globaldesk.jar --server.port=$port --globaldesk.data-dir="$1" \
    > "$1.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    sleep 0.2
    kill -0 $pid 2>/dev/null || { echo "GlobalDesk exited; see $1.log" >&2; exit 1; }
  done
  end=$(date +%s.%N)
  sleep 2
  # the JVM plus its embedded PostgreSQL processes
  rss=$(ps -o rss= --ppid $pid | awk '{s+=$1} END {print s+0}')
  rss=$((rss + $(ps -o rss= -p $pid)))
  kill -TERM $pid; wait $pid 2>/dev/null || true
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}') $((rss / 1024))"
}
printf "%-6s %-4s %10s %10s\n" kind run seconds rss_mb
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d -p target/tmp startup-XXXX 2>/dev/null || (mkdir -p target/tmp && mktemp -d -p target/tmp startup-XXXX))
  read -r s m < <(measure "$dir/data"); printf "%-6s %-4s %10s %10s\n" cold "$i" "$s" "$m"
  read -r s m < <(measure "$dir/data"); printf "%-6s %-4s %10s %10s\n" warm "$i" "$s" "$m"
  rm -rf "$dir"
done
