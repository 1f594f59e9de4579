#!/usr/bin/env bash
# HAProxy in front of the instances (https on LB_HTTPS_PORT with a self-signed certificate made
# here, http on LB_HTTP_PORT redirecting to it, a sticky cookie, health checks on /health/ready),
# and a TCP path from the instances to PostgreSQL that a check can cut and restore.
#
#   ops/cluster/balancer.sh start | stop | db-cut | db-restore | state
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=ops/cluster/settings.sh
. "$here/settings.sh"

cfg="$CLUSTER_HOME/haproxy.cfg"
pidfile="$CLUSTER_HOME/run/haproxy.pid"
tls="$CLUSTER_HOME/tls"

admin() { echo "$1" | socat - "UNIX-CONNECT:$LB_STATS_SOCKET"; }

write_config() {
    {
        cat <<CFG
global
    maxconn 4096
    stats socket $LB_STATS_SOCKET mode 600 level admin
    ssl-default-bind-options ssl-min-ver TLSv1.2

defaults
    mode http
    timeout connect 3s
    timeout client 60s
    timeout server 120s
    timeout check 3s
    option redispatch
    retries 2

frontend itpp_http
    bind 127.0.0.1:$LB_HTTP_PORT
    http-request redirect location https://%[req.hdr(host),field(1,:)]:$LB_HTTPS_PORT%[capture.req.uri] code 301

frontend itpp_https
    bind 127.0.0.1:$LB_HTTPS_PORT ssl crt $tls/haproxy.pem
    http-request set-header X-Forwarded-Proto https
    # metrics are for IT's monitoring, which reads each node directly
    http-request deny deny_status 404 if { path_beg /metrics }
    http-response set-header Strict-Transport-Security "max-age=31536000"
    default_backend itpp_nodes

backend itpp_nodes
    balance roundrobin
    cookie ITPPNODE insert indirect nocache secure httponly attr "SameSite=Lax"
    option httpchk
    http-check send meth GET uri /health/ready
    http-check expect status 200
    default-server inter 2s fall 2 rise 2
CFG
        for inst in "${INSTANCES[@]}"; do
            echo "    server $inst 127.0.0.1:$(instance_http_port "$inst") check cookie $inst"
        done
        cat <<CFG

frontend itpp_db
    mode tcp
    bind 127.0.0.1:$DB_PROXY_PORT
    timeout client 1h
    default_backend itpp_db_server

backend itpp_db_server
    mode tcp
    timeout server 1h
    server pg $DB_HOST:$DB_PORT
CFG
    } >"$cfg"
}

make_cert() {
    [ -f "$tls/haproxy.pem" ] && return
    openssl req -x509 -newkey rsa:2048 -nodes -days 90 -subj "/CN=localhost" \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
        -keyout "$tls/key.pem" -out "$tls/cert.pem" 2>/dev/null
    cat "$tls/cert.pem" "$tls/key.pem" >"$tls/haproxy.pem"
    chmod 600 "$tls/key.pem" "$tls/haproxy.pem"
}

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "${1:-}" in
    start)
        mkdir -p "$tls" "$CLUSTER_HOME/run"
        make_cert
        write_config
        haproxy -c -q -f "$cfg"
        if ! running; then
            haproxy -D -p "$pidfile" -f "$cfg"
            echo "[balancer] HAProxy up (pid $(cat "$pidfile"))"
        fi
        ;;
    stop)
        if running; then
            kill "$(cat "$pidfile")"
            rm -f "$pidfile"
        fi
        ;;
    db-cut)
        admin "disable server itpp_db_server/pg" >/dev/null
        admin "shutdown sessions server itpp_db_server/pg" >/dev/null
        ;;
    db-restore) admin "enable server itpp_db_server/pg" >/dev/null ;;
    state) admin "show servers state itpp_nodes" ;;
    *) echo "usage: $0 start | stop | db-cut | db-restore | state" >&2; exit 2 ;;
esac
