#!/usr/bin/env bash
# The cluster's failover, lockout and readiness checks (and, in full mode, the crash test), all
# through the balancer on loopback, the whole run under ../shared/tools/no-egress.
#
#   ops/cluster/check.sh [--quick | --full] [--keep]
#
# --quick (default): failover, lockout, readiness. --full adds the crash test (CRASH_COMMANDS,
# default 1,000, sign-ins,
# each an audited state change, while one instance and then the other is killed with -9 and
# restarted). Starts the cluster with up.sh when the balancer does not answer ready, stops it
# with down.sh at the end unless --keep. Prints PASS/FAIL per check and the figures; exit 0 only
# when every check passed and nothing left the machine.
#
# CHECKS="lockout crash" runs only those (names: failover lockout readiness crash).
# The checks sign in as the first administrator and clear the sign-in counters of the
# cluster's own database (itpp_cluster) before and after, so that runs do not lock each other out.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=ops/cluster/settings.sh
. "$here/settings.sh"

mode=quick
keep=no
inner=no
for a in "$@"; do
    case "$a" in
        --quick) mode=quick ;;
        --full) mode=full ;;
        --keep) keep=yes ;;
        --inner) inner=yes ;;
        *) echo "usage: $0 [--quick | --full] [--keep]" >&2; exit 2 ;;
    esac
done

results="$CLUSTER_HOME/check-results.txt"
if [ "$inner" = no ]; then
    mkdir -p "$CLUSTER_HOME"
    : >"$results"
    limit=1500
    [ "$mode" = full ] && limit=3000
    started=$(date +%s)
    egress=0
    args=("--$mode")
    [ "$keep" = yes ] && args+=(--keep)
    /work/shared/tools/no-egress "$limit" "$0" --inner "${args[@]}" || egress=$?
    cat "$results"
    echo "check.sh --$mode took $(($(date +%s) - started)) s; log: $CLUSTER_HOME/check.log"
    if grep -q '^FAIL' "$results" || ! grep -q '^PASS' "$results" || [ "$egress" != 0 ]; then
        echo "RESULT: FAIL (no-egress status $egress)"
        exit 1
    fi
    echo "RESULT: PASS (zero packets left the machine)"
    exit 0
fi

exec >>"$CLUSTER_HOME/check.log" 2>&1
echo "=== check.sh --$mode $(date -u +%FT%TZ)"
lb="https://127.0.0.1:$LB_HTTPS_PORT"
export CLUSTER_CA="$CLUSTER_HOME/tls/cert.pem"
probe() { python3 "$here/probe.py" "$@"; }
result() { echo "$*" | tee -a "$results"; }
now_ms() { date +%s%3N; }
sql() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_SUPERUSER" -d "$DB_NAME" -tAc "$1"; }
other_node() { if [ "$1" = "${INSTANCES[0]}" ]; then echo "${INSTANCES[1]}"; else echo "${INSTANCES[0]}"; fi; }
work="$CLUSTER_HOME/check-work"
rm -rf "$work" && mkdir -p "$work" && chmod 700 "$work"

if ! curl -sf --cacert "$CLUSTER_CA" --max-time 5 "$lb/health/ready" >/dev/null 2>&1; then
    "$here/up.sh"
else
    # a previous run may have left an instance stopped
    "$here/instance.sh" start-all
fi
admin_user="$CLUSTER_ADMIN_USER"
admin_pass="$(cluster_admin_password)"
sql "DELETE FROM sign_in_counter" >/dev/null

# --- a. failover ------------------------------------------------------------------------------
check_failover() {
    local jar="$work/failover.jar" served answer t0 t1 next
    if [ "$(probe login "$lb" "$admin_user" "$admin_pass" "$jar")" != signed-in ]; then
        result "FAIL failover: could not sign in through the balancer"
        return
    fi
    answer="$(probe page "$lb" /admin/accounts.xhtml "$jar")"
    served="$(echo "$answer" | cut -d' ' -f2)"
    echo "before the kill: $answer"
    "$here/instance.sh" kill "$served"
    t0=$(now_ms)
    answer="$(probe page "$lb" /admin/accounts.xhtml "$jar")"
    t1=$(now_ms)
    next="$(echo "$answer" | cut -d' ' -f2)"
    echo "after the kill: $answer"
    if [ "${answer%% *}" = 200 ] && [ "$next" != "$served" ] && [[ "$answer" == *signed-in ]]; then
        result "PASS failover: signed in on $served, killed it (kill -9), next request answered by $next in $((t1 - t0)) ms, still signed in"
    else
        result "FAIL failover: signed in on $served, after the kill: $answer"
    fi
    result "INFO failover: the editor/personal-draft step is not part of this check (session-level failover only)"
    "$here/instance.sh" start "$served"
}

# --- c. lockout ---------------------------------------------------------------------------------
check_lockout() {
    local a="${INSTANCES[0]}" b="${INSTANCES[1]}" i answer refused=0
    for i in 1 2 3 4 5; do
        answer="$(PROBE_NODE="$a" probe login "$lb" "$admin_user" "wrong-password-$i" "$work/lock$i.jar")"
        [[ "$answer" == refused* ]] && refused=$((refused + 1))
    done
    answer="$(PROBE_NODE="$b" probe login "$lb" "$admin_user" "$admin_pass" "$work/lock6.jar")"
    echo "sixth attempt (right password) on $b: $answer"
    local sixth="$answer"
    "$here/instance.sh" stop "$b"
    "$here/instance.sh" start "$b"
    answer="$(PROBE_NODE="$b" probe login "$lb" "$admin_user" "$admin_pass" "$work/lock7.jar")"
    echo "after restarting $b: $answer"
    if [ "$refused" = 5 ] && [[ "$sixth" == refused* ]] && [[ "$answer" == refused* ]]; then
        result "PASS lockout: 5 failures on $a, the 6th (right password) on $b refused, and again after restarting $b"
    else
        result "FAIL lockout: $refused/5 failures refused on $a; 6th on $b: $sixth; after restart: $answer"
    fi
    sql "DELETE FROM sign_in_counter" >/dev/null
}

# --- d. readiness -------------------------------------------------------------------------------
http_code() { curl -s -o /dev/null -w '%{http_code}' --cacert "$CLUSTER_CA" --max-time 10 "$1" || true; }
check_readiness() {
    local t0 down_s="" lb_s="" up_s="" node_codes lb_code inst i
    "$here/balancer.sh" db-cut
    t0=$(date +%s)
    for i in $(seq 1 60); do
        node_codes=""
        for inst in "${INSTANCES[@]}"; do
            node_codes="$node_codes $(http_code "http://127.0.0.1:$(instance_http_port "$inst")/health/ready")"
        done
        lb_code="$(http_code "$lb/login.xhtml")"
        [ -z "$down_s" ] && [ "$node_codes" = " 503 503" ] && down_s=$(($(date +%s) - t0))
        [ -z "$lb_s" ] && [ "$lb_code" = 503 ] && lb_s=$(($(date +%s) - t0))
        [ -n "$down_s" ] && [ -n "$lb_s" ] && break
        sleep 1
    done
    echo "database cut: nodes$node_codes, balancer $lb_code"
    "$here/balancer.sh" db-restore
    t0=$(date +%s)
    for i in $(seq 1 90); do
        lb_code="$(http_code "$lb/login.xhtml")"
        [ "$lb_code" = 200 ] && up_s=$(($(date +%s) - t0)) && break
        sleep 1
    done
    if [ -n "$down_s" ] && [ -n "$lb_s" ] && [ -n "$up_s" ]; then
        result "PASS readiness: database cut -> both nodes DOWN (503) in ${down_s} s, balancer answers 503 in ${lb_s} s; restored -> balancer serves again in ${up_s} s"
    else
        result "FAIL readiness: DOWN after ${down_s:-never} s, balancer 503 after ${lb_s:-never} s, back after ${up_s:-never} s"
    fi
}

# --- b. crash -----------------------------------------------------------------------------------
check_crash() {
    local out="$work/signins.txt" first_event last_event n="${CRASH_COMMANDS:-1000}" load a b ok fail events dupes verify
    a="${INSTANCES[0]}"
    b="${INSTANCES[1]}"
    first_event="$(sql "SELECT coalesce(max(event_number), 0) FROM audit_event")"
    : >"$out"
    probe signins "$lb" "$admin_user" "$admin_pass" "$n" "$out" &
    load=$!
    until [ "$(wc -l <"$out")" -ge $((n / 8)) ]; do sleep 1; done
    "$here/instance.sh" kill "$a"
    "$here/instance.sh" start "$a"
    "$here/instance.sh" kill "$b"
    "$here/instance.sh" start "$b"
    wait "$load"
    last_event="$(sql "SELECT coalesce(max(event_number), 0) FROM audit_event")"
    ok="$(grep -c ' ok ' "$out" || true)"
    fail="$(grep -c ' fail ' "$out" || true)"
    events="$(sql "SELECT count(*) FROM audit_event WHERE event_number > $first_event AND event_number <= $last_event AND action_name = 'login.success' AND actor = '$admin_user'")"
    dupes="$(sql "SELECT count(*) FROM (SELECT event_number FROM audit_event GROUP BY event_number HAVING count(*) > 1) d")"
    local chain_ok=no
    verify="$(verify_chain)" && chain_ok=yes
    echo "crash: $ok acknowledged, $fail not, $events login.success events, verify: $verify"
    # Every acknowledged sign-in has its event; an unacknowledged one (the node died after the
    # commit, before the answer) may have one too: events >= ok and <= ok + fail.
    if [ "$events" -ge "$ok" ] && [ "$events" -le $((ok + fail)) ] && [ "$dupes" = 0 ] && [ "$chain_ok" = yes ]; then
        result "PASS crash: $n sign-ins through the balancer, $a then $b killed (-9) and restarted: $ok acknowledged, $fail refused/failed, $events audit events (>= acknowledged), chain: $verify"
    else
        result "FAIL crash: $ok acknowledged, $fail failed, $events audit events, $dupes duplicate numbers, chain: $verify"
    fi
}

verify_chain() {
    local dir="$work/ear"
    rm -rf "$dir" && mkdir -p "$dir" && unzip -q -d "$dir" "$EAR"
    java -cp "$dir/lib/*:$dir/itpp-persistence.jar" md.itpp.persistence.audit.VerifyAuditTrail \
        "jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" "$DB_SUPERUSER" 2>&1
}

rss() {
    local inst pid
    for inst in "${INSTANCES[@]}"; do
        pid="$(instance_pid "$inst")"
        echo "$inst $(($(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024)) MB"
    done
}

checks="${CHECKS:-failover lockout readiness}"
[ "$mode" = full ] && [ -z "${CHECKS:-}" ] && checks="$checks crash"
for c in $checks; do
    "check_$c"
done
result "INFO memory (RSS): $(rss | paste -sd, -)"
result "INFO Data Grid: $(grep -h 'DG Size' "$(instance_dir "${INSTANCES[0]}")/logs/server.log" | tail -1 | sed 's/.*\(DG Size: [0-9]*\).*/\1/')"
if [ "$keep" = no ]; then
    "$here/down.sh"
fi
