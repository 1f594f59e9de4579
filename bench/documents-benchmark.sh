#!/usr/bin/env bash
# Benchmark of the exported documents at ten times the real scale: runs the document writers
# (the same code the servlets stream to the browser) on synthetic models of the data set's size
# (persistence/src/test/.../scale/ScaleModels.java), one fresh JVM per document with the
# server's heap (HEAP, -Xmx512m), and prints a markdown table: seconds, size, the heap's peak
# use and the process's peak resident size, or the error (e.g. OutOfMemoryError). No server, no
# database, no network. See bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

REPORTS="${REPORTS:-1400}"
OBJECTIVES="${OBJECTIVES:-5000}"
# A round's comment-resolution table (synthesis-pdf): the data set's 50,000 comments over 50 rounds.
COMMENTS="${COMMENTS:-1000}"
PDF_REPORTS="${PDF_REPORTS:-$REPORTS}"
PDF_OBJECTIVES="${PDF_OBJECTIVES:-$OBJECTIVES}"
LANGS="${LANGS:-ro en}"
HEAP="${HEAP:--Xmx512m}"
ONLY="${ONLY:-national-docx,national-xlsx,programme-docx,national-pdf,programme-pdf,synthesis-pdf}"
TIMEOUT="${TIMEOUT:-900}"
JAVA="${JAVA:-java}"
# LAYOUT=caller lays a PDF's parts out in the writer's thread instead of two threads (the server's managed executor).
LAYOUT="${LAYOUT:-executor}"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

WORK="$(mktemp -d -t itpp-documents.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT INT TERM

cd "$ROOT"
if [ "${SKIP_BUILD:-}" != 1 ]; then
    log "compiling domain and persistence with their tests (mvn -o -q -pl persistence -am test-compile)"
    mvn -o -q -pl persistence -am test-compile -Dspotbugs.skip=true
fi
mvn -o -q -pl persistence dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CP="$ROOT/persistence/target/test-classes:$ROOT/persistence/target/classes:$(cat "$WORK/classpath.txt")"

printf '| document | count | language | time | size | heap peak | RSS peak |\n'
printf '|---|---|---|---|---|---|---|\n'
for document in ${ONLY//,/ }; do
    case "$document" in
        national-pdf) count="$PDF_REPORTS" ;;
        programme-pdf) count="$PDF_OBJECTIVES" ;;
        synthesis-pdf) count="$COMMENTS" ;;
        national-*) count="$REPORTS" ;;
        programme-*) count="$OBJECTIVES" ;;
        *) log "unknown document $document"; exit 2 ;;
    esac
    for lang in $LANGS; do
        log "$document, $count, $lang ($HEAP)"
        started=$(date +%s.%N)
        # shellcheck disable=SC2086
        if line="$(timeout "$TIMEOUT" "$JAVA" $HEAP -XX:+ExitOnOutOfMemoryError -cp "$CP" \
                md.itpp.persistence.scale.DocumentsBenchmark "$document" "$count" "$lang" "$WORK/out" "$LAYOUT" \
                2>"$WORK/err" | tee "$WORK/out.log" | tail -1)" && [ -n "$line" ]; then
            # "national-docx 1400 ro: 1.4 s, 228,116 bytes, heap peak 37 MB, RSS peak 123976 kB"
            time="$(sed -E 's/.*: ([0-9.]+ s),.*/\1/' <<<"$line")"
            size="$(sed -E 's/.* ([0-9,]+) bytes.*/\1 bytes/' <<<"$line")"
            heap="$(sed -E 's/.*heap peak ([0-9]+ MB).*/\1/' <<<"$line")"
            rss="$(sed -E 's/.*RSS peak ([0-9]+) kB.*/\1/' <<<"$line")"
            printf '| %s | %s | %s | %s | %s | %s | %s MB |\n' "$document" "$count" "$lang" "$time" "$size" "$heap" "$((rss / 1024))"
        else
            elapsed=$(printf '%.0f' "$(echo "$(date +%s.%N) - $started" | bc)")
            reason="$(grep -ho 'OutOfMemoryError.*' "$WORK/err" "$WORK/out.log" 2>/dev/null | head -1 || true)"
            [ -n "$reason" ] || reason="failed or timed out (${TIMEOUT}s): $(grep -v Log4j "$WORK/err" | head -1 || true)"
            printf '| %s | %s | %s | %s | - | - | - |\n' "$document" "$count" "$lang" "after ${elapsed} s: $reason"
        fi
    done
done
log "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
