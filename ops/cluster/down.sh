#!/usr/bin/env bash
# Stops what up.sh started: the balancer, the instances, the DAS. Keeps the work folder (the
# domain, the passwords, the certificate); remove $CLUSTER_HOME to start from nothing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=ops/cluster/settings.sh
. "$here/settings.sh"
"$here/balancer.sh" stop
"$here/instance.sh" stop-all
if [ -x "$PAYARA/bin/asadmin" ]; then
    timeout 120 "$PAYARA/bin/asadmin" stop-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null 2>&1 || true
fi
echo "[down] stopped"
