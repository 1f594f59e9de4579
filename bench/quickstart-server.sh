#!/usr/bin/env bash
# Sourced by the benchmark scripts (not run by itself): checks the tools, builds the quick-start
# WAR when it is missing, and starts it on Payara Micro exactly as `mvn -Prun package` does
# (127.0.0.1 only, no Hazelcast, no phone home, the quick start's preboot file) on a fresh H2
# database in a temporary folder with ITPP_DEMO_SCALE objectives; stops the server by its PID
# and removes the folder when the script ends, also on Ctrl+C.
# The caller sets HERE, ROOT, PORT, SCALE, MICRO_JAVA_OPTS and optionally STARTUP_TIMEOUT (s),
# then calls `start_server [more JVM options]`. Gives WORK, BASE, PASSWORD, MICRO_PID,
# `generated` (the generator's summary line), log and die.

WAR="$ROOT/quickstart/target/itpp-quickstart.war"
MICRO_JAR="$ROOT/quickstart/target/payara-micro.jar"
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
