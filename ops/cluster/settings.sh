# shellcheck shell=bash
# Settings shared by the cluster scripts; each can be set in the environment first.
# Ports are in one block (27xxx) and everything binds 127.0.0.1.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLUSTER_HOME="${CLUSTER_HOME:-$REPO/ops/cluster/work}"
PAYARA_VERSION="${PAYARA_VERSION:-6.2025.9}"
PAYARA_ZIP="${PAYARA_ZIP:-$HOME/.m2/repository/fish/payara/distributions/payara/$PAYARA_VERSION/payara-$PAYARA_VERSION.zip}"
PAYARA="$CLUSTER_HOME/payara6"
DOMAINS="$CLUSTER_HOME/domains"
DOMAIN="${CLUSTER_DOMAIN:-itpp}"
ADMIN_PASS_FILE="$CLUSTER_HOME/admin.pass"
EAR="${EAR:-$REPO/ear/target/itpp.ear}"
HEAP="${CLUSTER_HEAP:-1g}"

DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-5432}"
DB_SUPERUSER="${DB_SUPERUSER:-postgres}"
DB_NAME="${CLUSTER_DB:-itpp_cluster}"
DB_USER="${CLUSTER_DB_USER:-itpp_cluster}"
DB_PROXY_PORT="${DB_PROXY_PORT:-27432}"
DB_POOL=itpp-pool
DB_RESOURCE=jdbc/itpp

DAS_ADMIN_PORT=27048
DAS_HTTP_PORT=27080
DAS_HTTPS_PORT=27180
DAS_JMS_PORT=27076
DAS_JMX_PORT=27086
DAS_IIOP_PORT=27700
DAS_IIOP_SSL_PORT=27820
DAS_IIOP_MUTUAL_PORT=27920
DAS_OSGI_PORT=27066
DAS_DEBUG_PORT=27009

DG_NAME=itpp-dg
DG_CLUSTER_NAME="${DG_CLUSTER_NAME:-itpp-cluster-27900}"
DG_DAS_PORT=27900
DG_START_PORT=27901
INSTANCES=(itpp-a itpp-b)

LB_HTTPS_PORT=27443
LB_HTTP_PORT=27090
LB_STATS_SOCKET="$CLUSTER_HOME/run/haproxy.sock"

CLUSTER_ADMIN_USER="${CLUSTER_ADMIN_USER:-it.admin}"

# Instance N (1, 2) listens on 2708N (http), 2718N (https) and so on.
instance_ports() {
    local n="$1"
    echo "HTTP_LISTENER_PORT=2708$n:HTTP_SSL_LISTENER_PORT=2718$n:ASADMIN_LISTENER_PORT=2724$n:IIOP_LISTENER_PORT=2770$n:IIOP_SSL_LISTENER_PORT=2782$n:IIOP_SSL_MUTUALAUTH_PORT=2792$n:JMX_SYSTEM_CONNECTOR_PORT=2768$n:JMS_PROVIDER_PORT=2767$n:OSGI_SHELL_TELNET_PORT=2706$n:JAVA_DEBUGGER_PORT=2701$n:HZ_LISTENER_PORT=2790$n"
}

instance_http_port() {
    local i
    for i in "${!INSTANCES[@]}"; do
        if [ "${INSTANCES[$i]}" = "$1" ]; then
            echo "2708$((i + 1))"
            return
        fi
    done
    return 1
}

# The first administrator's password, generated once and kept next to the admin password.
cluster_admin_password() {
    local f="$CLUSTER_HOME/it-admin.pass"
    if [ ! -f "$f" ]; then
        (umask 077 && printf '%s\n' "$(head -c 18 /dev/urandom | base64 | tr -d '/+=')Aa1!" >"$f")
    fi
    cat "$f"
}

# The database user's password: ITPP_DB_PASSWORD when given, else generated once (this machine's
# PostgreSQL trusts loopback connections, so it is not checked here; a production server checks it).
cluster_db_password() {
    local f="$CLUSTER_HOME/db.pass"
    if [ -n "${ITPP_DB_PASSWORD:-}" ]; then
        printf '%s\n' "$ITPP_DB_PASSWORD"
        return
    fi
    if [ ! -f "$f" ]; then
        (umask 077 && printf '%s\n' "$(head -c 18 /dev/urandom | base64 | tr -d '/+=')" >"$f")
    fi
    cat "$f"
}

asadm() {
    "$PAYARA/bin/asadmin" --host 127.0.0.1 --port "$DAS_ADMIN_PORT" --user admin \
        --passwordfile "$ADMIN_PASS_FILE" "$@"
}

instance_dir() { echo "$PAYARA/glassfish/nodes/localhost-$DOMAIN/$1"; }
instance_pid() { cat "$(instance_dir "$1")/config/pid" 2>/dev/null; }
