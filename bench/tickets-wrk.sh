#!/usr/bin/env bash
# Ticket create + route over HTTP driven by wrk out of process; see bench/tickets-wrk.py.
# Usage: ./globaldesk bench tickets-wrk [--connections=16] [--threads=2] [--seconds=30] [--warmup=90] [--url=… --token=…]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/globaldesk.jar ] || [ -n "$(find src/main pom.xml -newer target/globaldesk.jar -print -quit 2>/dev/null)" ]; then
  mvn -B -ntp -q package -DskipTests
fi
exec python3 bench/tickets-wrk.py "$@"
