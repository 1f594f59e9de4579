#!/usr/bin/env bash
# The backup test, as IT would rehearse it: backs up a Workbench database with ops/backup.sh,
# restores it into a new empty database with ops/restore.sh, and checks the copy:
#   1. the same number of rows in every table of the application, and the same audit chain head;
#   2. the restored audit chain verifies (VerifyAuditTrail, from the EAR's own jars);
#   3. the application starts on the restored database (the quick-start WAR on Payara Micro,
#      loopback only, no Hazelcast, no phone home), reports itself ready (schema at the EAR's last
#      migration) and serves the sign-in page; its chain still verifies after the start.
# Then drops the restored database and stops the server by its PID.
#
#   ops/backup-check.sh [SOURCE_DATABASE]     default itpp_it (what the PostgreSQL tests leave)
#
# Needs the built EAR and quick-start WAR (mvn verify or package) and PostgreSQL on PGHOST/PGPORT
# (127.0.0.1:5432) with a user that may create databases (PGUSER, default postgres).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SOURCE="${1:-itpp_it}"
TARGET="itpp_restore_check"
PORT="${PORT:-38180}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
# EAR, WAR and MICRO_JAR may name copies (.ci/run gives copies, as a build may rewrite these).
EAR="${EAR:-$ROOT/ear/target/itpp.ear}"
WAR="${WAR:-$ROOT/quickstart/target/itpp-quickstart.war}"
MICRO_JAR="${MICRO_JAR:-$ROOT/quickstart/target/payara-micro.jar}"
PREBOOT="$ROOT/quickstart/src/main/micro/preboot.asadmin"
JDBC="jdbc:postgresql://$PGHOST:$PGPORT"

log() { printf '%s backup-check: %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "FAILED: $*"; exit 1; }
for f in "$EAR" "$WAR" "$MICRO_JAR"; do [ -f "$f" ] || die "missing $f: build first (mvn -o package -DskipTests)"; done

WORK="$(mktemp -d /tmp/itpp-backup-check.XXXXXX)"
MICRO_PID=""
cleanup() {
    if [ -n "$MICRO_PID" ] && kill -0 "$MICRO_PID" 2>/dev/null; then
        kill "$MICRO_PID"
        for _ in $(seq 60); do kill -0 "$MICRO_PID" 2>/dev/null || break; sleep 1; done
        kill -0 "$MICRO_PID" 2>/dev/null && kill -9 "$MICRO_PID"
    fi
    dropdb --if-exists "$TARGET" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
dropdb --if-exists "$TARGET"

"$ROOT/ops/backup.sh" "$SOURCE" "$WORK/itpp.dump"
"$ROOT/ops/restore.sh" "$WORK/itpp.dump" "$TARGET"

# 1. Every application table holds as many rows in the copy; the chain heads are equal.
tables=$(psql -d "$SOURCE" -tAc "select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")
[ -n "$tables" ] || die "no tables in $SOURCE"
compared=0
for table in $tables; do
    a=$(psql -d "$SOURCE" -tAc "select count(*) from \"$table\"")
    b=$(psql -d "$TARGET" -tAc "select count(*) from \"$table\"")
    [ "$a" = "$b" ] || die "$table: $a rows in $SOURCE, $b in the copy"
    compared=$((compared + 1))
done
head_source=$(psql -d "$SOURCE" -tAc "select last_number || ' ' || last_hash from audit_chain_head")
head_copy=$(psql -d "$TARGET" -tAc "select last_number || ' ' || last_hash from audit_chain_head")
[ "$head_source" = "$head_copy" ] || die "audit chain heads differ: $head_source / $head_copy"
objectives=$(psql -d "$TARGET" -tAc "select count(*) from objective")
log "$compared tables with equal row counts ($objectives objectives); chain head ${head_copy%% *} events"

# 2. The restored chain verifies, with the command IT uses (README).
mkdir -p "$WORK/ear"
(cd "$WORK/ear" && unzip -q "$EAR" 'lib/*' itpp-persistence.jar)
verify() {
    ITPP_DB_PASSWORD="" java -cp "$WORK/ear/lib/*:$WORK/ear/itpp-persistence.jar" \
        md.itpp.persistence.audit.VerifyAuditTrail "$JDBC/$TARGET" "$PGUSER"
}
verify || die "the restored audit chain does not verify"

# 3. The application on the copy: ready, serving, chain intact.
# A port taken (by a process of an earlier step still ending, or any program's passing listener
# in the ephemeral range) moves the check to the next free one rather than failing it.
for candidate in $(seq "$PORT" $((PORT + 40))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then break; fi
    log "port $candidate is in use"
    candidate=""
done
[ -n "$candidate" ] || die "ports $PORT to $((PORT + 40)) are in use; set PORT=..."
PORT="$candidate"
ITPP_DB_CLASS=org.postgresql.ds.PGSimpleDataSource ITPP_DB_URL="$JDBC/$TARGET" ITPP_DB_USER="$PGUSER" \
    ITPP_DB_PASSWORD=unused java -Xmx512m -jar "$MICRO_JAR" --deploy "$WAR" --contextroot / --port "$PORT" \
    --nohazelcast --disablephonehome --prebootcommandfile "$PREBOOT" --rootdir "$WORK/micro" \
    >"$WORK/micro.log" 2>&1 &
MICRO_PID=$!
# What to show when the server does not come up: its first errors (the cause, which a start-up
# failure's last lines do not name) and its last lines.
server_log() {
    echo "--- first errors in the server's log:"
    grep -n -m 3 -A 25 'SEVERE' "$WORK/micro.log" | head -90
    echo "--- last lines:"
    tail -40 "$WORK/micro.log"
}
started=$(date +%s)
until [ "$(curl -s -o "$WORK/ready.json" -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready" || true)" = 200 ]; do
    kill -0 "$MICRO_PID" 2>/dev/null || { server_log; die "the server exited"; }
    [ $(($(date +%s) - started)) -lt 600 ] || { server_log; die "not ready within 600 s"; }
    sleep 2
done
log "ready on the restored database after $(($(date +%s) - started)) s: $(tr -d '\n ' < "$WORK/ready.json")"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login.xhtml")" = 200 ] || die "no sign-in page"
verify || die "the audit chain does not verify after the application started on the copy"
log "passed"
