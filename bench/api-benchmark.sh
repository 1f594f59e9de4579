#!/usr/bin/env bash
# Benchmark of the API's objectives list at scale: starts the quick start on Payara Micro
# (loopback only, no Hazelcast, no phone home) on a fresh H2 database with ITPP_DEMO_SCALE
# objectives, signs in the demo negotiator through the real login form and makes a personal API
# token on the tokens page, warms up, then asks for pages of SIZE objectives (every page of the
# list in turn) with CONNECTIONS concurrent connections and then with one, for DURATION seconds
# each, and prints throughput, p50/p90/p95/p99 and errors. Stops the server (by its PID) and
# removes its temporary folder at the end, also on Ctrl+C. See bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

PORT="${PORT:-38090}"
SCALE="${SCALE:-5000}"
SIZE="${SIZE:-50}"
CONNECTIONS="${CONNECTIONS:-20}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-60}"
DURATION="${DURATION:-60}"
STARTUP_TIMEOUT="${STARTUP_TIMEOUT:-600}"
MICRO_JAVA_OPTS="${MICRO_JAVA_OPTS:--Xms1g -Xmx1g}"
WAR="$ROOT/quickstart/target/itpp-quickstart.war"
MICRO_JAR="$ROOT/quickstart/target/payara-micro.jar"
PREBOOT="$ROOT/quickstart/src/main/micro/preboot.asadmin"
BASE="http://127.0.0.1:$PORT"
PASSWORD="itpp-demo-2025"

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

WORK="$(mktemp -d /tmp/itpp-api-bench.XXXXXX)"
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

log "starting Payara Micro on $BASE, ITPP_DEMO_SCALE=$SCALE, JVM options: $MICRO_JAVA_OPTS"
# shellcheck disable=SC2086 # the JVM options are a list
ITPP_DB_URL="jdbc:h2:file:$WORK/db/itpp" ITPP_DEMO_SCALE="$SCALE" \
    java $MICRO_JAVA_OPTS -jar "$MICRO_JAR" \
    --deploy "$WAR" --contextroot / --port "$PORT" \
    --nohazelcast --disablephonehome --prebootcommandfile "$PREBOOT" \
    --rootdir "$WORK/micro" >"$WORK/micro.log" 2>&1 &
MICRO_PID=$!

started=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login.xhtml" || true)" = 200 ]; do
    kill -0 "$MICRO_PID" 2>/dev/null || { tail -50 "$WORK/micro.log" >&2; die "Payara Micro exited"; }
    [ $(($(date +%s) - started)) -lt "$STARTUP_TIMEOUT" ] || die "not ready within $STARTUP_TIMEOUT s"
    sleep 1
done
log "ready after $(($(date +%s) - started)) s"
generated="$(grep -o 'Scale demo data created: [^]]*ms' "$WORK/micro.log" | awk 'NR == 1' || true)"
[ -n "$generated" ] || die "no scale data was generated (see the log)"

# --- a personal token, made the way a user makes one ----------------------------------------
# Reads all its input (no early exit that would break the pipe under pipefail).
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | awk 'NR == 1'; }
nonce() { grep -o '<script[^>]* nonce="[^"]*"' | sed 's/.* nonce="//; s/"$//' | awk 'NR == 1'; }
jar="$WORK/cookies"
vs="$(curl -s -c "$jar" -b "$jar" "$BASE/login.xhtml" | view_state)"
code="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode login=login --data-urlencode login:username=negotiator \
    --data-urlencode "login:password=$PASSWORD" --data-urlencode login:submit= \
    --data-urlencode "jakarta.faces.ViewState=$vs" "$BASE/login.xhtml")"
[ "$code" = 302 ] || [ "$code" = 303 ] || die "login answered $code"
curl -s -c "$jar" -b "$jar" "$BASE/account/tokens.xhtml" >"$WORK/tokens.html"
vs="$(view_state <"$WORK/tokens.html")"
csp="$(nonce <"$WORK/tokens.html")"
curl -s -c "$jar" -b "$jar" -o "$WORK/created.html" \
    --data-urlencode create=create --data-urlencode "create:name=benchmark $(date +%s)" \
    --data-urlencode "create:expires_input=$(date -d tomorrow +%d.%m.%Y)" --data-urlencode create:submit= \
    --data-urlencode "jakarta.faces.ViewState=$vs" --data-urlencode "primefaces.nonce=$csp" \
    "$BASE/account/tokens.xhtml"
TOKEN="$(grep -o '<input[^>]*id="secret"[^>]*>' "$WORK/created.html" | grep -o 'itpp_[A-Za-z0-9_-]*' | awk 'NR == 1' || true)"
[ -n "$TOKEN" ] || die "no token was shown on the tokens page"

first="$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/objectives?page=1&size=$SIZE")"
total="$(grep -o '"total":[0-9]*' <<<"$first" | sed 's/.*://')"
[ -n "$total" ] || die "the API answered no list: ${first:0:300}"
PAGES=$((total / SIZE))   # full pages only: every answer must hold SIZE objectives
log "API: $total objectives, $PAGES full pages of $SIZE"

# --- load --------------------------------------------------------------------------------
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$MICRO_PID/stat"; }
run_wrk() { # name connections seconds
    local ticks0 ticks1 out threads
    threads=$(( $2 < THREADS ? $2 : THREADS ))
    ticks0=$(cpu_ticks)
    out="$(wrk -t "$threads" -c "$2" -d "${3}s" --timeout 10s -s "$HERE/api.lua" "$BASE" -- "$TOKEN" "$PAGES" "$SIZE")"
    ticks1=$(cpu_ticks)
    printf '%-8s %s server_cpu=%.0f%%\n' "$1" "$(grep '^RESULT' <<<"$out" | sed 's/^RESULT //')" \
        "$(awk -v t="$((ticks1 - ticks0))" -v hz="$(getconf CLK_TCK)" -v s="$3" 'BEGIN { print t * 100 / hz / s }')"
}

log "warming up ${WARMUP}s"
run_wrk warmup "$CONNECTIONS" "$WARMUP" >/dev/null
log "measuring ${DURATION}s with $CONNECTIONS connections, then ${DURATION}s with one (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
busy_result="$(run_wrk busy "$CONNECTIONS" "$DURATION")"
single_result="$(run_wrk single 1 "$DURATION")"

cat <<EOF

== ITPP API objectives list benchmark, $(date -u +%Y-%m-%dT%H:%MZ) ==
machine:  $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | awk 'NR == 1'), load tool on the same machine
          uptime: $(uptime)
server:   Payara Micro $(basename "$MICRO_JAR"), JVM options: $MICRO_JAVA_OPTS, H2 on disk
data:     $generated; $total objectives visible to the negotiator
load:     GET /api/v1/objectives?page=N&size=$SIZE with the negotiator's API token, N = 1..$PAGES in turn
          (counted, filtered by visibility, sorted and paged in the database); warm-up ${WARMUP}s, ${DURATION}s each
          busy   = $CONNECTIONS connections, each sending its next request as soon as the last is answered
          single = one connection, one request at a time
$busy_result
$single_result
EOF
