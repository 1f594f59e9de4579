#!/usr/bin/env bash
# Waits until a Workbench node says it is ready (MicroProfile Health readiness: the database
# answers and its schema is at the EAR's last migration), for start and deploy scripts:
# `asadmin start-domain` returns long before the application answers.
#
#   ops/await-ready.sh [BASE_URL] [TIMEOUT_SECONDS]     defaults http://127.0.0.1:8080 and 600
#
# Exit status 0 when ready (prints the readiness answer), 1 at the timeout (prints the last one).
set -uo pipefail
base="${1:-http://127.0.0.1:8080}"
timeout="${2:-600}"
started=$(date +%s)
last=""
while [ $(($(date +%s) - started)) -lt "$timeout" ]; do
    last="$(curl -s --max-time 5 -w ' %{http_code}' "$base/health/ready" || true)"
    if [ "${last##* }" = 200 ]; then
        echo "ready after $(($(date +%s) - started)) s: ${last% *}"
        exit 0
    fi
    sleep 2
done
echo "not ready within $timeout s; last answer: ${last:-none}" >&2
exit 1
