#!/usr/bin/env bash
# Benchmark of the audit trail at a million events: starts the quick start on Payara Micro
# (loopback only, no Hazelcast, no phone home) on a fresh H2 database whose demo data holds
# EVENTS audit events in a valid chain (ITPP_DEMO_AUDIT_EVENTS), signs in as the auditor through
# the login form, and times the audit page's first page (GET) and the chain's verification (the
# page's "Verify the chain" button, a GET of the page with verify=chain), RUNS times each after
# one warm-up request; prints one markdown table and the server's resident memory. Stops the
# server (by its PID) and removes its temporary folder at the end, also on Ctrl+C.
# See bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

PORT="${PORT:-38110}"
# The objectives do not matter here: the smallest data set starts in under a minute.
SCALE="${SCALE:-100}"
EVENTS="${EVENTS:-1000000}"
RUNS="${RUNS:-5}"
MICRO_JAVA_OPTS="${MICRO_JAVA_OPTS:--Xms512m -Xmx512m}"

# shellcheck source=quickstart-server.sh
. "$HERE/quickstart-server.sh"
export ITPP_DEMO_AUDIT_EVENTS="$EVENTS"
start_server
log "$generated"

jar="$WORK/auditor.jar"
code="$(sign_in auditor "$jar" | cut -d' ' -f1)"
[ "$code" = 302 ] || [ "$code" = 303 ] || die "the auditor's sign-in answered $code"

page="$WORK/events.html"
# Reads curl's "status seconds" line: prints the time in ms when the status is 200, fails otherwise.
ms_if_200() { awk '$1 != 200 { exit 1 } { printf "%.0f\n", $2 * 1000 }'; }
# The page; prints its time in ms.
audit_page() {
    curl -s -o "$page" -w '%{http_code} %{time_total}\n' -b "$jar" -c "$jar" "$BASE/audit/events.xhtml" \
        | ms_if_200 || die "the audit page did not answer 200"
    grep -q 'id="signed-in-as"' "$page" || die "the audit page lost the auditor's session"
}
# The page's "Verify the chain" button, a GET of the page with verify=chain; prints its time in
# ms, and fails unless the answer says the chain is intact.
verify() {
    curl -s -o "$WORK/verify.html" -w '%{http_code} %{time_total}\n' -b "$jar" -c "$jar" \
        "$BASE/audit/events.xhtml?verify=chain" \
        | ms_if_200 || die "the verification did not answer 200"
    grep -q 'ui-messages-info-summary' "$WORK/verify.html" \
        || die "the chain was not found intact: $(grep -o 'summary">[^<]*' "$WORK/verify.html" | head -1)"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

audit_page >/dev/null
: >"$WORK/page.ms"
for _ in $(seq "$RUNS"); do audit_page >>"$WORK/page.ms"; done
verify >/dev/null
: >"$WORK/verify.ms"
for _ in $(seq "$RUNS"); do verify >>"$WORK/verify.ms"; done
checked="$(grep -o 'intact: [0-9,]* events' "$WORK/verify.html" | head -1)"

printf '| what (%s audit events) | median | min | max |\n|---|---|---|---|\n' "$EVENTS"
for what in page verify; do
    label="audit page, first page"; [ "$what" = verify ] && label="chain verification (${checked:-?})"
    printf '| %s | %s ms | %s ms | %s ms |\n' "$label" "$(median <"$WORK/$what.ms")" \
        "$(sort -n "$WORK/$what.ms" | head -1)" "$(sort -n "$WORK/$what.ms" | tail -1)"
done
log "server RSS $(server_rss_mb) MB ($MICRO_JAVA_OPTS); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
