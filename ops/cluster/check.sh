#!/usr/bin/env bash
# The cluster's checks, all through the balancer on loopback, the whole run under
# ../shared/tools/no-egress (NO_EGRESS=path, or NO_EGRESS= when the caller captures itself).
#
#   ops/cluster/check.sh [--quick | --full] [--keep]
#
# --quick (default): secrets, pool, failover (a browser: type in the editor, kill -9 the instance
# that served the user, the typed text offered back on the other, saved once;
# ear/.../cluster/ClusterFailoverIT), lockout, readiness. --full adds the crash test
# (ClusterCrashIT: CRASH_COMMANDS, default 1,000, workflow commands - saves, submissions,
# sign-offs, returns - while one instance and then the other is killed with -9 and restarted;
# then the database is checked against what was acknowledged). Starts the cluster with up.sh when the balancer does not answer ready, stops it
# with down.sh at the end unless --keep. Prints PASS/FAIL per check and the figures; exit 0 only
# when every check passed and nothing left the machine. The Java tests run with offline Maven
# (mvn -o -pl ear -am verify -Dit.test=...), as .ci/run's build leaves the repository.
#
# CHECKS="lockout crash" runs only those (names: secrets pool failover lockout readiness reminders
# sessionids crash); secrets (no password in the instances' environment, both aliases there) and
# pool (the application on the server's JDBC pool, pinged, watched and resized) run by default
# too. --full also runs reminders (a round due for its reminder: sent once by the two instances;
# a round whose deadline comes three minutes after it opens: closed once).
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
NO_EGRESS="${NO_EGRESS-/work/shared/tools/no-egress}"
if [ "$inner" = no ]; then
    mkdir -p "$CLUSTER_HOME"
    : >"$results"
    limit=1500
    [ "$mode" = full ] && limit=3000
    started=$(date +%s)
    egress=0
    args=("--$mode")
    [ "$keep" = yes ] && args+=(--keep)
    # Chromium (the failover and crash tests' browser) asks whether IPv6 is reachable before
    # every host lookup, by connecting a UDP socket to [2001:4860:4860::8888]:443; no datagram
    # goes, but the route lookup makes the kernel probe the default router (one neighbour
    # solicitation on the link). An unreachable route for that one address, for the time of the
    # check, answers Chromium's question locally. Root only; removed at the end.
    probe_route=no
    if [ "$(id -u)" = 0 ] && ! ip -6 route show 2001:4860:4860::8888/128 | grep -q unreachable; then
        ip -6 route add unreachable 2001:4860:4860::8888/128 2>/dev/null && probe_route=yes
    fi
    trap '[ "$probe_route" = yes ] && ip -6 route del unreachable 2001:4860:4860::8888/128 2>/dev/null; true' EXIT
    if [ -x "$NO_EGRESS" ]; then
        "$NO_EGRESS" "$limit" "$0" --inner "${args[@]}" || egress=$?
    else
        # Without the tool (NO_EGRESS= or absent), the caller captures: .ci/run wraps the
        # whole check in .ci/egress-check.
        echo "no packet capture here (NO_EGRESS='$NO_EGRESS'): the caller's own capture counts"
        timeout "$limit" "$0" --inner "${args[@]}" || true
    fi
    cat "$results"
    echo "check.sh --$mode took $(($(date +%s) - started)) s; log: $CLUSTER_HOME/check.log"
    if grep -q '^FAIL' "$results" || ! grep -q '^PASS' "$results" || [ "$egress" != 0 ]; then
        echo "RESULT: FAIL (no-egress status $egress)"
        exit 1
    fi
    if [ -x "$NO_EGRESS" ]; then
        echo "RESULT: PASS (zero packets left the machine)"
    else
        echo "RESULT: PASS (packets left to the caller's capture to count)"
    fi
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

# Runs one of the cluster tests of ear/.../cluster (JUnit, offline Maven) against the balancer.
cluster_test() {
    local test="$1" log="$2"
    shift 2
    (cd "$REPO" && mvn -B -o -pl ear -am verify -Dspotbugs.skip=true -Dtest=none \
        -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
        -Dit.test="$test" -Dcluster.base="$lb/" -Dcluster.ca="$CLUSTER_CA" \
        -Dcluster.admin.user="$admin_user" -Dcluster.admin.password.file="$CLUSTER_HOME/it-admin.pass" \
        -Dcluster.instance.script="$here/instance.sh" -Dcluster.instances="$(IFS=,; echo "${INSTANCES[*]}")" \
        "$@") >"$log" 2>&1 && grep -q "Tests run: 1, Failures: 0, Errors: 0, Skipped: 0" "$log"
}

# --- a. failover ------------------------------------------------------------------------------
# A real browser (ear/.../browser/ClusterFailoverIT): the first administrator creates a negotiator,
# who signs in through the balancer, creates an objective, opens the editor and types; the
# instance that served the user is killed with -9; the next request lands on the other instance,
# still signed in, the editor offers the typed text back, and the save writes one revision.
check_failover() {
    local log="$work/failover-test.log" line
    if cluster_test ClusterFailoverIT "$log"; then
        line="$(grep -h '^FAILOVER ' "$log" | head -n 1)"
        result "PASS failover: signed in through the balancer, typed in the editor, kill -9 of the instance that served the user ($(field served "$line")); the next request answered by $(field next "$line") after $(field ms "$line") ms, still signed in, the typed text offered back, restored and saved once (objective $(field objective "$line"), revisions 1 and 2)"
    else
        result "FAIL failover: ClusterFailoverIT: $(grep -hE 'expected|Assertion|Exception' "$log" | head -n 3 | tr '\n' ' ')(log: $log)"
    fi
    "$here/instance.sh" start-all
}
field() { echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"; }

# --- c. lockout ---------------------------------------------------------------------------------
check_lockout() {
    local a="${INSTANCES[0]}" b="${INSTANCES[1]}" i answer refused=0 first locked
    first="$(sql "SELECT coalesce(max(event_number), 0) FROM audit_event")"
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
    locked="$(sql "SELECT count(*) FROM audit_event WHERE event_number > $first AND action_name = 'login.locked' AND object_id = '$admin_user'")"
    if [ "$refused" = 5 ] && [[ "$sixth" == refused* ]] && [[ "$answer" == refused* ]] && [ "$locked" -ge 1 ]; then
        result "PASS lockout: 5 failures on $a, the 6th (right password) on $b refused, and again after restarting $b; $locked login.locked audit event(s)"
    else
        result "FAIL lockout: $refused/5 failures refused on $a; 6th on $b: $sixth; after restart: $answer; login.locked events: $locked"
    fi
    sql "DELETE FROM sign_in_counter" >/dev/null
}

# --- f. reminders and deadlines once per cluster ---------------------------------------------------
# ClusterRemindersIT opens a round inviting MA with its deadline two days ahead (inside the
# reminder window) and a round inviting MAI whose deadline is three minutes ahead; both instances
# do the deadline work every ITPP_CONSULTATION_CHECK_SECONDS (60 here). The reminder must go out
# once (one notice for the consultee, one instance's log line) and the second round must be
# closed at its deadline once (closed automatically, one notice for the negotiator who opened
# it, one instance's log line).
check_reminders() {
    local log="$work/reminders-test.log" line round consultee notices="" i inst count nodes="" total=0
    local closing negotiator state="" closed_notices closed_nodes="" closed_total=0
    if ! cluster_test ClusterRemindersIT "$log"; then
        result "FAIL reminders: ClusterRemindersIT: $(grep -hE 'expected|Assertion|Exception' "$log" | head -n 3 | tr '\n' ' ')(log: $log)"
        return
    fi
    line="$(grep -h '^REMINDERS ' "$log" | head -n 1)"
    round="$(field round "$line")"
    consultee="$(field consultee "$line")"
    closing="$(field closing "$line")"
    negotiator="$(field negotiator "$line")"
    local count_sql="SELECT count(*) FROM notification n JOIN account a ON a.id = n.recipient_id WHERE a.username = '$consultee' AND n.message_key = 'notice.consultation.reminder'"
    for i in $(seq 1 60); do
        notices="$(sql "$count_sql")"
        [ "$notices" -ge 1 ] && break
        sleep 5
    done
    local first_seen="$((i * 5)) s"
    # two more rounds of both instances' checks: nothing more may go out
    sleep 130
    notices="$(sql "$count_sql")"
    for inst in "${INSTANCES[@]}"; do
        count="$(grep -c "Reminder for round $round to MA:" "$(instance_dir "$inst")/logs/server.log" || true)"
        nodes="$nodes $inst:$count"
        total=$((total + count))
    done
    if [ "$notices" = 1 ] && [ "$total" = 1 ]; then
        result "PASS reminders: round $round opened with its deadline two days ahead; the reminder went out once (seen after about $first_seen), 1 notice for the consultee, log lines per instance:$nodes; still once after two more minutes of both instances checking"
    else
        result "FAIL reminders: round $round: $notices notice(s) for $consultee, log lines per instance:$nodes"
    fi

    # the round whose deadline was three minutes ahead when it was opened
    for i in $(seq 1 60); do
        state="$(sql "SELECT state || ' ' || closed_automatically FROM consultation_round WHERE id = $closing")"
        [ "$state" = "CLOSED true" ] && break
        sleep 5
    done
    sleep 70   # one more run of both instances' deadline work: nothing more may happen
    state="$(sql "SELECT state || ' ' || closed_automatically FROM consultation_round WHERE id = $closing")"
    closed_notices="$(sql "SELECT count(*) FROM notification n JOIN account a ON a.id = n.recipient_id WHERE a.username = '$negotiator' AND n.message_key = 'notice.consultation.closedAtDeadline' AND n.link LIKE '%id=$closing'")"
    for inst in "${INSTANCES[@]}"; do
        count="$(grep -c "Round $closing closed at its deadline\b" "$(instance_dir "$inst")/logs/server.log" || true)"
        closed_nodes="$closed_nodes $inst:$count"
        closed_total=$((closed_total + count))
    done
    if [ "$state" = "CLOSED true" ] && [ "$closed_notices" = 1 ] && [ "$closed_total" = 1 ]; then
        result "PASS deadline: round $closing closed automatically at its deadline once, 1 notice for the negotiator who opened it, log lines per instance:$closed_nodes; still once a minute later"
    else
        result "FAIL deadline: round $closing: state '$state', $closed_notices notice(s) for $negotiator, log lines per instance:$closed_nodes"
    fi
}

# --- g. secrets ---------------------------------------------------------------------------------
# The database password and the first administrator's are Payara password aliases, not in the
# instances' environment: no *PASSWORD* variable in any instance's /proc/<pid>/environ, both aliases
# listed, and the first administrator (created from the alias) signs in.
check_secrets() {
    local inst pid found="" aliases jar="$work/secrets.jar"
    for inst in "${INSTANCES[@]}"; do
        pid="$(instance_pid "$inst")"
        if tr '\0' '\n' <"/proc/$pid/environ" | grep -q 'PASSWORD'; then
            found="$found $inst"
        fi
    done
    aliases="$(asadm list-password-aliases 2>/dev/null | grep -c '^itpp\.\(db\|admin\)\.password$' || true)"
    if [ -z "$found" ] && [ "$aliases" = 2 ] && [ "$(probe login "$lb" "$admin_user" "$admin_pass" "$jar")" = signed-in ]; then
        result "PASS secrets: no password in either instance's environment; itpp.db.password and itpp.admin.password are password aliases; the first administrator, created from the alias, signs in"
    else
        result "FAIL secrets: password variables in the environment of:${found:- none}; aliases found: $aliases"
    fi
}

# --- g. the server's JDBC pool -------------------------------------------------------------------
# The application runs on the server's pool (up.sh: itpp-pool, resource jdbc/itpp on the group),
# which IT pings, watches and sizes with asadmin: the pool answers a ping on the group; a sign-in
# pinned to each instance acquires connections from that instance's pool (its monitoring count
# grows); a new maximum size set on the DAS reaches both instances; the application's own H2
# default was never opened.
pool_acquired() { asadm get -m "$1.resources.$DB_POOL.numconnacquired-count" 2>/dev/null | sed -n 's/.*numconnacquired-count = //p'; }
check_pool() {
    local inst before after grew="" ping resized h2
    ping="$(asadm ping-connection-pool --target "$DG_NAME" "$DB_POOL" 2>&1 | tail -n 1)"
    for inst in "${INSTANCES[@]}"; do
        before="$(pool_acquired "$inst")"
        PROBE_NODE="$inst" probe login "$lb" "$admin_user" "$admin_pass" "$work/pool-$inst.jar" >/dev/null
        after="$(pool_acquired "$inst")"
        echo "pool on $inst: $before -> $after connections acquired"
        [ -n "$before" ] && [ -n "$after" ] && [ "$after" -gt "$before" ] && grew="$grew $inst:$before->$after"
    done
    resized="$(asadm set "resources.jdbc-connection-pool.$DB_POOL.max-pool-size=40" 2>&1 | grep -c "^resources.jdbc-connection-pool.$DB_POOL.max-pool-size=40" || true)"
    asadm set "resources.jdbc-connection-pool.$DB_POOL.max-pool-size=32" >/dev/null
    h2="$(find "$CLUSTER_HOME" -name 'itpp.mv.db' | wc -l)"
    if [[ "$ping" == *successfully* ]] && [ "$(echo "$grew" | wc -w)" = "${#INSTANCES[@]}" ] \
            && [ "$resized" -ge $((${#INSTANCES[@]} + 1)) ] && [ "$h2" = 0 ]; then
        result "PASS pool: the server's pool $DB_POOL answers a ping on $DG_NAME; a sign-in on each instance acquired its connections from it (acquired:$grew); max-pool-size set once reached the DAS and both instances; the application's own H2 default never opened (no itpp.mv.db)"
    else
        result "FAIL pool: ping: $ping; sign-ins acquiring from the pool:${grew:- none}; new size echoed by $resized of the DAS and ${#INSTANCES[@]} instances; H2 files: $h2"
    fi
}

# --- e. session ids ------------------------------------------------------------------------------
# Whether a session id carries 128 random bits or more (32 hex digits before the instance's route).
# Not among the default checks: it fails today. Payara's replicated (availability) session manager
# ignores the server-level session-id-generator-classname that PLATFORM.md describes (tried with a
# 256-bit generator on the common class loader, set in every config: ids kept 28 hex digits); the
# application's own 128-bit __Host- token bound to the session is what protects sessions.
check_sessionids() {
    local jar="$work/sessionid.jar" id
    probe login "$lb" "$admin_user" "$admin_pass" "$jar" >/dev/null
    id="$(python3 -c 'import http.cookiejar, sys
j = http.cookiejar.LWPCookieJar(sys.argv[1]); j.load(ignore_discard=True, ignore_expires=True)
print(next((c.value for c in j if c.name == "JSESSIONID"), ""))' "$jar")"
    local random="${id%%.*}"
    if [[ "$random" =~ ^[0-9A-Fa-f]{32,}$ ]]; then
        result "PASS session ids: ${#random} hex digits ($((${#random} * 4)) bits) before the route, e.g. ${random:0:6}...${id#"$random"}"
    else
        result "FAIL session ids: '${random:0:8}...' has ${#random} characters (wanted 32 hex digits or more)"
    fi
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
    local log="$work/crash-test.log" out="$work/crash.txt" n="${CRASH_COMMANDS:-1000}" line objectives
    local verify chain_ok=no dupes missing_saves values problems="" o cmd ok failed db kind audit action
    if ! cluster_test ClusterCrashIT "$log" -Dcluster.crash.commands="$n" -Dcluster.crash.out="$out"; then
        result "FAIL crash: ClusterCrashIT: $(grep -hE 'expected|Assertion|Exception' "$log" | head -n 3 | tr '\n' ' ')(log: $log)"
        "$here/instance.sh" start-all
        return
    fi
    line="$(grep -h '^CRASH ' "$log" | head -n 1)"
    objectives="$(field objectives "$line")"
    # 1. every acknowledged save's mark is in a revision of its objective
    values="$(awk '$3 == "SAVE" && $6 == "ok" {printf "%s(%s,'"'"'%s'"'"')", (n++ ? "," : ""), $4, $5}' "$out")"
    missing_saves=0
    if [ -n "$values" ]; then
        missing_saves="$(sql "SELECT count(*) FROM (VALUES $values) v(o, m) WHERE NOT EXISTS (SELECT 1 FROM objective_revision r WHERE r.objective_id = v.o AND r.snapshot LIKE '%' || v.m || '%')")"
    fi
    [ "$missing_saves" = 0 ] || problems="$problems $missing_saves acknowledged saves missing;"
    # 2. per objective and command: acknowledged <= in the database <= acknowledged + cut off,
    # and 3. every state change has its audit event
    for o in ${objectives//,/ }; do
        for cmd in SAVE SUBMIT SIGN_OFF RETURN; do
            ok="$(awk -v o="$o" -v c="$cmd" '$4 == o && $3 == c && $6 == "ok"' "$out" | wc -l)"
            failed="$(awk -v o="$o" -v c="$cmd" '$4 == o && $3 == c && $6 == "failed"' "$out" | wc -l)"
            case "$cmd" in
                SAVE) db="$(sql "SELECT count(*) FROM objective_revision WHERE objective_id = $o AND revision_number > 1")"
                      action=objective.save ;;
                SUBMIT) db="$(sql "SELECT count(*) FROM approval_submission WHERE objective_id = $o")"
                        action=objective.submit ;;
                SIGN_OFF|RETURN) kind="$cmd"; [ "$cmd" = SIGN_OFF ] && action=objective.signOff || action=objective.return
                      db="$(sql "SELECT count(*) FROM approval_decision d JOIN approval_submission s ON s.id = d.submission_id WHERE s.objective_id = $o AND d.kind = '$kind'")" ;;
            esac
            audit="$(sql "SELECT count(*) FROM audit_event WHERE object_type = 'Objective' AND object_id = '$o' AND action_name = '$action'")"
            echo "objective $o $cmd: acknowledged $ok, cut off $failed, in the database $db, audit events $audit"
            if [ "$db" -lt "$ok" ] || [ "$db" -gt $((ok + failed)) ]; then
                problems="$problems objective $o $cmd: $ok acknowledged, $failed cut off, $db in the database;"
            fi
            [ "$audit" = "$db" ] || problems="$problems objective $o $cmd: $db changes but $audit audit events;"
        done
    done
    dupes="$(sql "SELECT count(*) FROM (SELECT event_number FROM audit_event GROUP BY event_number HAVING count(*) > 1) d")"
    [ "$dupes" = 0 ] || problems="$problems $dupes event numbers twice;"
    verify="$(verify_chain)" && chain_ok=yes
    [ "$chain_ok" = yes ] || problems="$problems chain: $verify;"
    echo "crash: $line; verify: $verify"
    if [ -z "$problems" ]; then
        result "PASS crash: $(field commands "$line") workflow commands (save, submit, sign-off, return) on $(echo "$objectives" | tr ',' '\n' | wc -l) objectives through the balancer: $(field ok "$line") acknowledged, $(field refused "$line") refused, $(field failed "$line") cut off; $(grep -h '^CRASH-EVENTS ' "$log" | head -n 1 | cut -d' ' -f2-); every acknowledged command in the database with its audit event, chain: $verify"
    else
        result "FAIL crash:$problems ($line)"
    fi
    "$here/instance.sh" start-all
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

checks="${CHECKS:-secrets pool failover lockout readiness}"
[ "$mode" = full ] && [ -z "${CHECKS:-}" ] && checks="$checks reminders crash"
for c in $checks; do
    "check_$c"
done
result "INFO memory (RSS): $(rss | paste -sd, -)"
result "INFO Data Grid: $(grep -h 'DG Size' "$(instance_dir "${INSTANCES[0]}")/logs/server.log" | tail -1 | sed 's/.*\(DG Size: [0-9]*\).*/\1/')"
if [ "$keep" = no ]; then
    "$here/down.sh"
fi
