#!/usr/bin/env bash
# Benchmark of the objectives list at scale: starts the quick start on Payara Micro (loopback
# only, no Hazelcast, no phone home) on a fresh H2 database with ITPP_DEMO_SCALE objectives,
# signs in USERS demo negotiator sessions through the real login form, warms up, then loads
# the list page (back to back, then with THINK_MS think time) and a static file with USERS
# concurrent connections for DURATION seconds each,
# and times single requests of later pages, sorts, filters and a text search. Stops the server (by
# its PID) and removes its temporary folder at the end, also on Ctrl+C. See bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

PORT="${PORT:-38080}"
SCALE="${SCALE:-5000}"
USERS="${USERS:-50}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-60}"
DURATION="${DURATION:-60}"
THINK_MS="${THINK_MS:-1000}"
STATIC_PATH="${STATIC_PATH:-/resources/css/itpp.css}"
MICRO_JAVA_OPTS="${MICRO_JAVA_OPTS:--Xms1g -Xmx1g}"
# The pager's link to the next page: the response holds the list's table with a full first page.
LIST_MARKER='rel="next"'

# shellcheck source=quickstart-server.sh
. "$HERE/quickstart-server.sh"
start_server "-Xlog:gc:file=$WORK/gc.log:uptime"

# --- sign in USERS sessions through the Faces login form ------------------------------------
log "signing in $USERS negotiator sessions"
sign_in_sessions negotiator "$USERS" "$WORK/cookies.txt"

page="$(curl -s -b "$(head -1 "$WORK/cookies.txt")" "$BASE/objectives/list.xhtml")"
grep -qF "$LIST_MARKER" <<<"$page" || die "the list page has no full first page"
total="$(grep -o 'id="result-count"[^>]*>[^<]*' <<<"$page" | sed 's/.*>//')"
log "list: $total"

# --- load --------------------------------------------------------------------------------
log "warming up: list ${WARMUP}s, static 10s"
run_wrk warmup "$BASE/objectives/list.xhtml" "$WARMUP" "$LIST_MARKER" >/dev/null
run_wrk warmup "$BASE$STATIC_PATH" 10 "" >/dev/null

log "measuring: $USERS sessions, ${DURATION}s each (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
list_result="$(run_wrk list "$BASE/objectives/list.xhtml" "$DURATION" "$LIST_MARKER")"
users_result="$(run_wrk users "$BASE/objectives/list.xhtml" "$DURATION" "$LIST_MARKER" "$THINK_MS")"
static_result="$(run_wrk static "$BASE$STATIC_PATH" "$DURATION" "")"

# --- single requests on an idle server: later pages, sorts, filters, a text search --------
jar="$WORK/jars/negotiator-1"
list_at() { # label, query string: the list is read with GET, its filters, order and page in the address
    curl -s -o "$WORK/list.html" -w "%{http_code} %{time_total}" -b "$jar" -c "$jar" \
        "$BASE/objectives/list.xhtml?$2" | awk -v l="$1" '{ printf "%-30s HTTP %s %6.1f ms", l, $1, $2 * 1000 }'
    grep -o 'Objectives found: [0-9,]*' "$WORK/list.html" | sed 's/^/  /' || echo
}
singles="$(
    for page in 3 4 101 252; do echo "$(list_at "page $page" "page=$page")"; done
    for column in title area status updated; do echo "$(list_at "sort $column descending" "sort=$column&dir=desc")"; done
    echo "$(list_at 'text "cyber"' 'q=cyber')"
    echo "$(list_at 'text "no such words"' 'q=no+such+words')"
    echo "$(list_at 'status ADOPTED' 'status=ADOPTED')"
    echo "$(list_at 'institution (4th)' 'institution=4')"
)"

cat <<EOF

== ITPP objectives list benchmark, $(date -u +%Y-%m-%dT%H:%MZ) ==
machine:  $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | awk 'NR == 1'), load tool on the same machine
server:   Payara Micro $(basename "$MICRO_JAR"), JVM options: $MICRO_JAVA_OPTS, H2 on disk
data:     $generated; $total
load:     $USERS signed-in sessions, $USERS connections, $THREADS wrk threads, warm-up ${WARMUP}s, ${DURATION}s per URL
          list   = GET /objectives/list.xhtml (first page, 20 rows, sorted by code in the database),
                   each connection sending its next request as soon as the last one is answered
          users  = the same, each connection thinking ${THINK_MS} ms (50-150 %, random) between requests
          static = GET $STATIC_PATH
$list_result
$users_result
$static_result
single requests after the load (one session, GET with the filters, order and page in the address):
$singles
EOF
