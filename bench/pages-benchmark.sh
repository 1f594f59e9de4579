#!/usr/bin/env bash
# Benchmark of every signed-in page, the exports and sign-in, side by side with the public
# sign-in page and a static file of the same server in the same run: starts the quick start on
# Payara Micro (loopback only, no Hazelcast, no phone home) on a fresh H2 database with
# ITPP_DEMO_SCALE objectives, signs in USERS sessions per role through the real login form,
# warms up, then loads each URL at saturation (USERS connections, back to back) and with USERS
# people thinking 50-150 % of THINK_MS between clicks, and prints one markdown table. Stops the
# server (by its PID) and removes its temporary folder at the end, also on Ctrl+C.
# See bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

PORT="${PORT:-38100}"
SCALE="${SCALE:-5000}"
USERS="${USERS:-50}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-60}"
# Warm-up of every other URL, each: a page measured after 5 s of its own was measured 36-76 %
# faster after another 15 s (the JIT compiler was not done with its code).
URL_WARMUP="${URL_WARMUP:-20}"
DURATION="${DURATION:-30}"
THINK_MS="${THINK_MS:-1000}"
# The sign-in page measured busy for REF_DURATION s before and after each signed-in page's busy
# run: the page's share is against the mean of the two, so a machine whose speed moves within the
# run (20-60 % here) moves page and reference alike. 0: no brackets (shares against login/login-end).
REF_DURATION="${REF_DURATION:-5}"
# After the warm-up, passes over every page (WARM_PASS s each) until the JIT compiler spent less
# than JIT_QUIET % of the server's CPU in a pass, at most WARM_PASSES: with 20 s a page it still
# took a fifth of the CPU while pages were measured, and pages measured first came out slowest.
WARM_PASS="${WARM_PASS:-5}"
WARM_PASSES="${WARM_PASSES:-8}"
JIT_QUIET="${JIT_QUIET:-5}"
# Exports are seconds of work each: at saturation they get fewer connections.
EXPORT_CONNECTIONS="${EXPORT_CONNECTIONS:-4}"
EXPORT_TIMEOUT="${EXPORT_TIMEOUT:-300}"
SIGNIN_CONCURRENCY="${SIGNIN_CONCURRENCY:-5}"
SIGNIN_COUNT="${SIGNIN_COUNT:-20}"
# Sessions of the auditor (audit page) and the administrator (accounts), rotated like the
# negotiator's USERS sessions: fewer, since each sign-in costs a password hash.
OTHER_SESSIONS="${OTHER_SESSIONS:-10}"
# Comma-separated names of the rows to run (e.g. "static,login,home"); empty: all of them.
ONLY="${ONLY:-}"
STATIC_PATH="${STATIC_PATH:-/resources/css/itpp.css}"
# The heap the issue sets, with the collector and native-heap trimming the README advises for a
# production node (Deploy, step 7).
MICRO_JAVA_OPTS="${MICRO_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000}"
# The signed-in template's mark: a 200 without it is a page that lost its session.
SIGNED_IN='id="signed-in-as"'

# shellcheck source=quickstart-server.sh
. "$HERE/quickstart-server.sh"
start_server "-Xlog:gc:file=$WORK/gc.log:uptime"
rss_started="$(server_rss_mb)"

log "signing in $USERS negotiator sessions, $OTHER_SESSIONS each of auditor and admin"
sign_in_sessions negotiator "$USERS" "$WORK/cookies.txt"
sign_in_sessions auditor "$OTHER_SESSIONS" "$WORK/auditor.txt"
sign_in_sessions admin "$OTHER_SESSIONS" "$WORK/admin.txt"

# The ids the pages need, read from the pages that link to them (the demo data's today).
first_link() { # page pattern: the first id of a link to pattern?id=N on page
    curl -s -b "$(head -1 "$WORK/cookies.txt")" "$BASE$1" | grep -o "$2?id=[0-9]*" | awk -F= 'NR == 1 { print $2 }'
}
round_id="$(first_link /consultation/rounds.xhtml /consultation/round.xhtml)"
period_id="$(first_link /monitoring/periods.xhtml /monitoring/period.xhtml)"
report_id="$(first_link "/monitoring/period.xhtml?id=$period_id" /monitoring/report.xhtml)"
objective_id="${OBJECTIVE_ID:-$(first_link /objectives/list.xhtml /objectives/detail.xhtml)}"
log "ids: objective $objective_id, round ${round_id:-none}, period ${period_id:-none}, report ${report_id:-none}"

# name | path | marker | cookie file ("-": none) | kind (page, export)
targets() {
    cat <<EOF
static|$STATIC_PATH||-|page
login|/login.xhtml|name="jakarta.faces.ViewState"|-|page
home|/index.xhtml|$SIGNED_IN|$WORK/cookies.txt|page
list|/objectives/list.xhtml|rel="next"|$WORK/cookies.txt|page
tree|/objectives/tree.xhtml|$SIGNED_IN|$WORK/cookies.txt|page
dashboard|/objectives/dashboard.xhtml|$SIGNED_IN|$WORK/cookies.txt|page
detail|/objectives/detail.xhtml?id=$objective_id|$SIGNED_IN|$WORK/cookies.txt|page
history|/objectives/history.xhtml?id=$objective_id|$SIGNED_IN|$WORK/cookies.txt|page
inbox|/tasks/inbox.xhtml|$SIGNED_IN|$WORK/cookies.txt|page
rounds|/consultation/rounds.xhtml|$SIGNED_IN|$WORK/cookies.txt|page
round|/consultation/round.xhtml?id=$round_id|$SIGNED_IN|$WORK/cookies.txt|page
audit|/audit/events.xhtml|$SIGNED_IN|$WORK/auditor.txt|page
monitoring|/monitoring/dashboard.xhtml|$SIGNED_IN|$WORK/cookies.txt|page
report|/monitoring/report.xhtml?id=$report_id|$SIGNED_IN|$WORK/cookies.txt|page
accounts|/admin/accounts.xhtml|$SIGNED_IN|$WORK/admin.txt|page
login-end|/login.xhtml|name="jakarta.faces.ViewState"|-|page
doc-docx|/objectives/programme-document?format=docx&lang=en||$WORK/cookies.txt|export
doc-pdf|/objectives/programme-document?format=pdf&lang=en||$WORK/cookies.txt|export
comments|/consultation/synthesis?id=$round_id&format=xlsx&lang=en||$WORK/cookies.txt|export
national|/monitoring/national-report?id=$period_id&format=pdf&lang=en||$WORK/cookies.txt|export
EOF
}
# The sign-in page, every share's reference, is measured again after the other pages
# (login-end) whenever it is measured: the machine's speed can move within a run.
selected() {
    [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]] || { [ "$1" = login-end ] && [[ ",$ONLY," == *",login,"* ]]; }
}

# Every page answers as expected once before the load, so a broken page stops the run early.
# (Not the exports: one is seconds of work, and minutes when the heap is too small for it.)
while IFS='|' read -r name path marker cookies kind; do
    selected "$name" && [ "$kind" = page ] || continue
    header=()
    [ "$cookies" = - ] || header=(-H "Cookie: $(head -1 "$cookies")")
    code="$(curl -s -o "$WORK/check.html" -w '%{http_code}' "${header[@]}" "$BASE$path")"
    [ "$code" = 200 ] || die "$name ($path) answered $code"
    [ -z "$marker" ] || grep -qF "$marker" "$WORK/check.html" || die "$name ($path) lacks $marker"
done < <(targets)

# The sign-in page is every share's reference: it is warmed as long as the signed-in pages
# (home and list), or the JIT has not finished with it when it is measured and every share
# looks better than it is (login-end showed it doubling within a run).
log "warming up: sign-in page, home and list $((WARMUP / 2)) s each, every other URL $URL_WARMUP s"
! selected login || run_wrk warmup "$BASE/login.xhtml" "$((WARMUP / 2))" 'name="jakarta.faces.ViewState"' 0 - >/dev/null
run_wrk warmup "$BASE/index.xhtml" "$((WARMUP / 2))" "$SIGNED_IN" >/dev/null
run_wrk warmup "$BASE/objectives/list.xhtml" "$((WARMUP / 2))" "$SIGNED_IN" >/dev/null
while IFS='|' read -r name path marker cookies kind; do
    selected "$name" && [ "$name" != login ] && [ "$name" != login-end ] || continue
    if [ "$kind" = export ]; then
        run_wrk warmup "$BASE$path" 5 "$marker" 0 "$cookies" 1 "$EXPORT_TIMEOUT" >/dev/null
    else
        run_wrk warmup "$BASE$path" "$URL_WARMUP" "$marker" 0 "$cookies" "$USERS" >/dev/null
    fi
done < <(targets)

pass=0
while [ "$pass" -lt "$WARM_PASSES" ]; do
    pass=$((pass + 1))
    ticks0=$(cpu_ticks); jit0=$(jit_ticks)
    while IFS='|' read -r name path marker cookies kind; do
        selected "$name" && [ "$kind" = page ] && [ "$name" != login-end ] || continue
        run_wrk warmup "$BASE$path" "$WARM_PASS" "$marker" 0 "$cookies" "$USERS" >/dev/null
    done < <(targets)
    jit_share=$(( ($(jit_ticks) - jit0) * 100 / ($(cpu_ticks) - ticks0 + 1) ))
    log "warm-up pass $pass over the pages: the JIT compiler took $jit_share % of the server's CPU"
    [ "$jit_share" -ge "$JIT_QUIET" ] || break
done

# One table row from run_wrk's line: req/s, p50, p95, p99, errors (non-200, missing marker,
# socket errors and timeouts), the server's CPU (% of one core) and its CPU time per request
# (ms): the figure that other work on the machine changes least.
row() { # name path mode connections result
    awk -v name="$1" -v path="$2" -v mode="$3" -v conns="$4" '{
        for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        errors = v["non_200"] + v["missing_marker"] + v["socket_errors"] + v["timeouts"]
        cpu = v["server_cpu"] + 0
        printf "| %s | `%s` | %s | %d | %.1f | %.0f | %.0f | %.0f | %d | %s | %s |\n", name, path, mode, conns,
            v["rps"], v["p50_ms"], v["p95_ms"], v["p99_ms"], errors, v["server_cpu"],
            (v["rps"] + 0 > 0 ? sprintf("%.1f", cpu * 10 / v["rps"]) : "-")
    }' <<<"$5"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
rss_max="$(server_rss_mb)"
log "measuring: ${DURATION}s per URL and mode (load average $load_before)"
# Both modes of one URL: table rows, logged as they come (a run cut short still shows them).
measure() { # name path marker cookies kind
    local connections="$USERS" users="$USERS" timeout=10 line
    # An export is seconds of work: a few at once, each given EXPORT_TIMEOUT seconds.
    [ "$5" = export ] && connections="$EXPORT_CONNECTIONS" users="$EXPORT_CONNECTIONS" timeout="$EXPORT_TIMEOUT"
    line="$(row "$1" "$2" busy "$connections" "$(run_wrk "$1" "$BASE$2" "$DURATION" "$3" 0 "$4" "$connections" "$timeout")")"
    log "$line"
    rows+="$line"$'\n'
    rss_max="$(( $(server_rss_mb) > rss_max ? $(server_rss_mb) : rss_max ))"
    line="$(row "$1" "$2" users "$users" "$(run_wrk "$1" "$BASE$2" "$DURATION" "$3" "$THINK_MS" "$4" "$users" "$timeout")")"
    log "$line"
    rows+="$line"$'\n'
    rss_max="$(( $(server_rss_mb) > rss_max ? $(server_rss_mb) : rss_max ))"
}

# The sign-in page's busy req/s over REF_DURATION s: a bracket around a signed-in page's run.
reference() {
    run_wrk sign-in-ref "$BASE/login.xhtml" "$REF_DURATION" 'name="jakarta.faces.ViewState"' 0 - "$USERS" \
        | grep -o ' rps=[0-9.]*' | cut -d= -f2
}

rows=""
brackets=""   # "name before after" per signed-in page: the sign-in page's req/s around its busy run
ref_before=""
while IFS='|' read -r name path marker cookies kind; do
    selected "$name" && [ "$kind" = page ] || continue
    if [ "$REF_DURATION" -gt 0 ] && [ "$cookies" != - ] && selected login; then
        [ -n "$ref_before" ] || ref_before="$(reference)"
        measure "$name" "$path" "$marker" "$cookies" "$kind"
        ref_after="$(reference)"
        ref_after="${ref_after:-0}"   # a failed reference run: the page falls back to login/login-end
        brackets+="$name $ref_before $ref_after"$'\n'
        log "$name: the sign-in page at $ref_before req/s before, $ref_after after"
        ref_before="$ref_after"
    else
        measure "$name" "$path" "$marker" "$cookies" "$kind"
    fi
done < <(targets)

# Sign-in: SIGNIN_CONCURRENCY loops, each signing in SIGNIN_COUNT times through the form (the
# POST is timed: it verifies the password hash); percentiles over all of them.
if selected sign-in; then
    settle
    log "sign-in: $SIGNIN_CONCURRENCY concurrent, $SIGNIN_COUNT each"
    started=$(date +%s.%N)
    loops=()
    for c in $(seq "$SIGNIN_CONCURRENCY"); do
        (for i in $(seq "$SIGNIN_COUNT"); do sign_in negotiator "$WORK/jars/signin-$c-$i"; done >"$WORK/signin-$c.txt") &
        loops+=($!)
    done
    # These loops only: a bare wait would also wait for the server.
    wait "${loops[@]}"
    seconds="$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')"
    line="$(cat "$WORK"/signin-*.txt | sort -k2 -n | awk -v s="$seconds" -v c="$SIGNIN_CONCURRENCY" '
        { t[NR] = $2; if ($1 != 302 && $1 != 303) errors++ }
        function p(q) { i = int(NR * q + 0.999); return t[i < 1 ? 1 : i] }
        END { printf "| sign-in | `POST /login.xhtml` | busy | %d | %.1f | %.0f | %.0f | %.0f | %d | | |\n",
              c, NR / s, p(0.5), p(0.95), p(0.99), errors }')"
    log "$line"
    rows+="$line"$'\n'
fi

# The exports last: at 5,000 objectives and a small heap they can leave the server unable to answer.
while IFS='|' read -r name path marker cookies kind; do
    selected "$name" && [ "$kind" = export ] || continue
    measure "$name" "$path" "$marker" "$cookies" "$kind"
done < <(targets)

# Each signed-in page's busy throughput as a share of the sign-in page's: against the mean of
# the two measurements around it (brackets), else against the faster of login and login-end (so
# a share is never flattered by a sign-in page the JIT was not done with); pages only.
shares="$( { printf '%s' "$brackets" | sed 's/^/bracket /'; printf '%s' "$rows"; } | awk -F'|' '
    /^bracket / { split($0, b, " "); if (b[3] + 0 == 0 || b[4] + 0 == 0) next; ref_of[b[2]] = (b[3] + b[4]) / 2; bracketed++; lo[b[2]] = b[3] < b[4] ? b[3] : b[4]; hi[b[2]] = b[3] < b[4] ? b[4] : b[3]; next }
    $4 ~ /busy/ && $3 ~ /\.xhtml/ { name = $2; gsub(/ /, "", name); rps[name] = $6 + 0; order[++n] = name }
    END {
        fixed = rps["login"] > rps["login-end"] ? rps["login"] : rps["login-end"]
        for (i = 1; i <= n; i++) {
            name = order[i]
            if (name == "login" || name == "login-end" || name == "sign-in") continue
            ref = (name in ref_of) ? ref_of[name] : fixed
            if (ref == 0) continue
            around = (name in ref_of) ? sprintf(" (sign-in %.0f-%.0f)", lo[name], hi[name]) : ""
            list = list (list == "" ? " " : ", ") sprintf("%s %.0f %%%s%s", name, rps[name] * 100 / ref, around, (rps[name] * 2 >= ref ? "" : " below half"))
        }
        if (list == "") exit
        printf "shares:   busy req/s against the sign-in page%s:%s\n", (bracketed ? " measured just before and after each page" : sprintf(" at %.1f req/s", fixed)), list
    }')"

# Said only when there are brackets (a multi-line ${brackets:+...} inside the here-document is
# not a substitution bash accepts).
bracket_note=""
if [ -n "$brackets" ]; then
    bracket_note=";
          each signed-in page's busy run is bracketed by two ${REF_DURATION}s busy runs of the sign-in page (not in the table)"
fi

cat <<EOF

== ITPP pages benchmark, $(date -u +%Y-%m-%dT%H:%MZ) ==
machine:  $(nproc) cores, load average before the load $load_before, at the end $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | awk 'NR == 1'), load tool on the same machine
server:   Payara Micro, JVM options: $MICRO_JAVA_OPTS, H2 on disk; RSS $rss_started MB after start, at most $rss_max MB under load
data:     $generated
load:     $USERS signed-in negotiator sessions ($OTHER_SESSIONS auditor's for the audit page, admin's for accounts), $THREADS wrk threads,
          ${DURATION}s per URL and mode after a warm-up; busy = each connection sends its next request as soon as the
          last is answered (exports: $EXPORT_CONNECTIONS connections); users = $USERS connections each thinking ${THINK_MS} ms
          (50-150 %, random) between requests; errors = not 200, a page without its mark, socket errors, timeouts (10 s);
          login-end = the sign-in page again after the other pages: how far the machine's speed moved during the run$bracket_note
${shares}

| what | URL | mode | conn. | req/s | p50 ms | p95 ms | p99 ms | errors | server CPU | CPU ms/req |
|---|---|---|---|---|---|---|---|---|---|---|
$rows
EOF
