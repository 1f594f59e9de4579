#!/usr/bin/env bash
# Starts, stops or kills the cluster's instances (start-local-instance with the instance's
# database settings in its environment, from env/<instance>.env).
#
#   ops/cluster/instance.sh start NAME | start-all | stop NAME | stop-all | kill NAME | pid NAME
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=ops/cluster/settings.sh
. "$here/settings.sh"

alive() {
    local pid
    pid="$(instance_pid "$1")" && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

start() {
    local inst="$1" port
    port="$(instance_http_port "$inst")"
    if ! alive "$inst"; then
        echo "[instance] starting $inst"
        (
            set -a
            # shellcheck disable=SC1090
            . "$CLUSTER_HOME/env/$inst.env"
            set +a
            timeout 600 "$PAYARA/bin/asadmin" --host 127.0.0.1 --port "$DAS_ADMIN_PORT" \
                --user admin --passwordfile "$ADMIN_PASS_FILE" start-local-instance \
                --node "localhost-$DOMAIN" --nodedir "$PAYARA/glassfish/nodes" "$inst" >/dev/null
        )
    fi
    "$REPO/ops/await-ready.sh" "http://127.0.0.1:$port" "${READY_TIMEOUT:-600}" >/dev/null
    echo "[instance] $inst ready (pid $(instance_pid "$inst"))"
}

stop() {
    local inst="$1" pid
    if alive "$inst"; then
        pid="$(instance_pid "$inst")"
        timeout 120 "$PAYARA/bin/asadmin" stop-local-instance --node "localhost-$DOMAIN" \
            --nodedir "$PAYARA/glassfish/nodes" "$inst" >/dev/null || kill -9 "$pid" 2>/dev/null || true
    fi
}

case "${1:-}" in
    start) start "$2" ;;
    start-all) for i in "${INSTANCES[@]}"; do start "$i"; done ;;
    stop) stop "$2" ;;
    stop-all) for i in "${INSTANCES[@]}"; do stop "$i"; done ;;
    kill)
        pid="$(instance_pid "$2")"
        kill -9 "$pid"
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
        echo "[instance] $2 killed (pid $pid)"
        ;;
    pid) instance_pid "$2" ;;
    *) echo "usage: $0 start NAME | start-all | stop NAME | stop-all | kill NAME | pid NAME" >&2; exit 2 ;;
esac
