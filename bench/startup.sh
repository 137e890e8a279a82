#!/usr/bin/env bash
# Time to healthy (readiness UP) and resident memory after start with demo data, cold (new data directory: initdb,
# migrations, demo data) and warm (the same directory again). Usage: ./globaldesk bench startup [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/globaldesk.jar ] || mvn -B -ntp -q package -DskipTests
exec python3 bench/startup.py "${1:-3}"
