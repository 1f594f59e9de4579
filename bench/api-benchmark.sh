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
MICRO_JAVA_OPTS="${MICRO_JAVA_OPTS:--Xms1g -Xmx1g}"
# shellcheck source=quickstart-server.sh
. "$HERE/quickstart-server.sh"
start_server

# --- a personal token, made the way a user makes one ----------------------------------------
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
