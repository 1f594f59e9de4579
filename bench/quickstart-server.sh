#!/usr/bin/env bash
# Sourced by the benchmark scripts (not run by itself): checks the tools, builds the quick-start
# WAR when it is missing, and starts it on Payara Micro exactly as `mvn -Prun package` does
# (127.0.0.1 only, no Hazelcast, no phone home, the quick start's preboot file) on a fresh H2
# database in a temporary folder with ITPP_DEMO_SCALE objectives; stops the server by its PID
# and removes the folder when the script ends, also on Ctrl+C.
# The caller sets HERE, ROOT, PORT, SCALE, MICRO_JAVA_OPTS and optionally STARTUP_TIMEOUT (s),
# then calls `start_server [more JVM options]`. Gives WORK, BASE, PASSWORD, MICRO_PID,
# `generated` (the generator's summary line), log and die; view_state and nonce (of a page read
# on standard input); and, for the load, sign_in,
# sign_in_sessions, server_rss_mb and run_wrk (wrk with sessions.lua, one result line).
# WAR may name another build of the quick start (e.g. a copy of the one before a change), and
# MICRO_JAR another copy of Payara Micro.

WAR="${WAR:-$ROOT/quickstart/target/itpp-quickstart.war}"
MICRO_JAR="${MICRO_JAR:-$ROOT/quickstart/target/payara-micro.jar}"
PREBOOT="$ROOT/quickstart/src/main/micro/preboot.asadmin"
BASE="http://127.0.0.1:$PORT"
PASSWORD="itpp-demo-2025"
STARTUP_TIMEOUT="${STARTUP_TIMEOUT:-600}"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

command -v curl >/dev/null || die "curl is needed"
if ! command -v wrk >/dev/null; then
    [ "$(id -u)" = 0 ] || die "wrk is missing: apt-get install -y wrk"
    log "installing wrk (Debian package)"
    apt-get install -y -q wrk >/dev/null
fi
if [ ! -f "$WAR" ] || [ ! -f "$MICRO_JAR" ]; then
    log "building the quick-start WAR"
    (cd "$ROOT" && mvn -B -ntp -q package -DskipTests)
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    die "port $PORT is in use; set PORT=..."
fi

WORK="$(mktemp -d /tmp/itpp-bench.XXXXXX)"
MICRO_PID=""
cleanup() {
    if [ -n "$MICRO_PID" ] && kill -0 "$MICRO_PID" 2>/dev/null; then
        log "stopping Payara Micro (PID $MICRO_PID)"
        kill "$MICRO_PID"
        for _ in $(seq 60); do kill -0 "$MICRO_PID" 2>/dev/null || break; sleep 1; done
        kill -0 "$MICRO_PID" 2>/dev/null && kill -9 "$MICRO_PID"
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts the server and waits until the sign-in page answers and the scale data was made.
start_server() {
    log "starting Payara Micro on $BASE, ITPP_DEMO_SCALE=$SCALE, JVM options: $MICRO_JAVA_OPTS $*"
    # shellcheck disable=SC2086 # the JVM options are a list
    ITPP_DB_URL="jdbc:h2:file:$WORK/db/itpp" ITPP_DEMO_SCALE="$SCALE" \
        java $MICRO_JAVA_OPTS "$@" -jar "$MICRO_JAR" \
        --deploy "$WAR" --contextroot / --port "$PORT" \
        --nohazelcast --disablephonehome --prebootcommandfile "$PREBOOT" \
        --rootdir "$WORK/micro" >"$WORK/micro.log" 2>&1 &
    MICRO_PID=$!
    local started
    started=$(date +%s)
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login.xhtml" || true)" = 200 ]; do
        kill -0 "$MICRO_PID" 2>/dev/null || { tail -50 "$WORK/micro.log" >&2; die "Payara Micro exited"; }
        [ $(($(date +%s) - started)) -lt "$STARTUP_TIMEOUT" ] || die "not ready within $STARTUP_TIMEOUT s"
        sleep 1
    done
    log "ready after $(($(date +%s) - started)) s"
    generated="$(grep -o 'Scale demo data created: [^]]*ms' "$WORK/micro.log" | awk 'NR == 1' || true)"
    [ -n "$generated" ] || die "no scale data was generated (see the log)"
}

# The first jakarta.faces.ViewState of a page. Reads all its input (no early exit that would
# break the pipe under pipefail).
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | awk 'NR == 1'; }
# The first CSP nonce of a page (PrimeFaces' ajax and its forms post it back as primefaces.nonce).
nonce() { grep -o '<script[^>]* nonce="[^"]*"' | sed 's/.* nonce="//; s/"$//' | awk 'NR == 1'; }

# Signs USER in through the Faces login form (GET the page, POST it with its view state),
# keeping the cookies in the curl cookie jar JAR; prints the POST's status and its time in ms.
sign_in() { # user jar
    local vs
    vs="$(curl -s -c "$2" -b "$2" "$BASE/login.xhtml" | view_state)"
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -c "$2" -b "$2" \
        --data-urlencode login=login --data-urlencode "login:username=$1" \
        --data-urlencode "login:password=$PASSWORD" --data-urlencode login:submit= \
        --data-urlencode "jakarta.faces.ViewState=$vs" "$BASE/login.xhtml" \
        | awk '{ printf "%s %.1f\n", $1, $2 * 1000 }'
}

# The cookies of a jar as one Cookie header value.
jar_cookies() {
    awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 } END { print "" }' "$1"
}

# Signs in COUNT sessions of USER; their Cookie header values, one a line, go to FILE and
# their cookie jars to $WORK/jars/USER-1 .. USER-COUNT.
sign_in_sessions() { # user count file
    local i jar code
    mkdir -p "$WORK/jars"
    : >"$3"
    for i in $(seq "$2"); do
        jar="$WORK/jars/$1-$i"
        code="$(sign_in "$1" "$jar" | cut -d' ' -f1)"
        [ "$code" = 302 ] || [ "$code" = 303 ] || die "sign-in $i of $1 answered $code"
        jar_cookies "$jar" >>"$3"
    done
    [ "$(sort -u "$3" | wc -l)" = "$2" ] || die "the sessions of $1 are not distinct"
}

# The server's resident memory in MB.
# Both read 0 once the server is gone, so that a run cut short by a crash still reports.
server_rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$MICRO_PID/status" 2>/dev/null || echo 0; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$MICRO_PID/stat" 2>/dev/null || echo 0; }
# The CPU ticks of the server's JIT compiler threads (C1, C2) so far.
jit_ticks() {
    local task total=0
    for task in /proc/"$MICRO_PID"/task/*; do
        [[ "$(cat "$task/comm" 2>/dev/null)" == C[12]\ Compiler* ]] || continue
        total=$((total + $(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{ print $12 + $13 }' || echo 0)))
    done
    echo "$total"
}
gc_pauses() { grep -c 'Pause' "$WORK/gc.log" 2>/dev/null || true; }

# Waits (at most SETTLE_TIMEOUT s, 120) until the server is idle: below 20 % of a core over 2 s.
# When wrk stops, the server still works off the requests it accepted; a slow page would
# otherwise be measured against the next URL's figures.
settle() {
    local t0 t1 waited=0
    while [ "$waited" -lt "${SETTLE_TIMEOUT:-120}" ]; do
        t0=$(cpu_ticks); sleep 2; t1=$(cpu_ticks); waited=$((waited + 2))
        [ $(((t1 - t0) * 100 / $(getconf CLK_TCK) / 2)) -ge 20 ] || return 0
    done
    log "the server was still busy after ${SETTLE_TIMEOUT:-120} s"
}

# Runs wrk with sessions.lua and prints "NAME RESULT-FIELDS server_cpu=..% gc_pauses=N";
# waits for the server to settle first.
# COOKIE_FILE "-" sends no cookie (a public page). CONNECTIONS defaults to USERS.
run_wrk() { # name url seconds marker [think_ms [cookie_file [connections [timeout_s]]]]
    local ticks0 gc0 ticks1 gc1 out connections="${7:-$USERS}" threads
    # wrk wants at least one connection per thread (an export's warm-up has one connection).
    threads=$(( connections < THREADS ? connections : THREADS ))
    settle
    ticks0=$(cpu_ticks); gc0=$(gc_pauses)
    out="$(wrk -t "$threads" -c "$connections" -d "${3}s" --timeout "${8:-10}s" -s "$HERE/sessions.lua" "$2" \
        -- "${6:-$WORK/cookies.txt}" "$4" "$threads" "${DUMP_PREFIX:-}" "${5:-0}")"
    ticks1=$(cpu_ticks); gc1=$(gc_pauses)
    printf '%-7s %s server_cpu=%.0f%% gc_pauses=%d\n' "$1" "$(grep '^RESULT' <<<"$out" | sed 's/^RESULT //')" \
        "$(awk -v t="$((ticks1 - ticks0))" -v hz="$(getconf CLK_TCK)" -v s="$3" 'BEGIN { print t * 100 / hz / s }')" \
        "$((gc1 - gc0))"
}
