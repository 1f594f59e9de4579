#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a NEW, empty database (never over a live one):
#
#   ops/restore.sh FILE DATABASE [OWNER]    e.g. ops/restore.sh /var/backups/itpp/itpp-2026-12-01.dump itpp_restored itpp
#
# Refuses when DATABASE exists. OWNER (default: the connecting user) owns the restored objects,
# so that the application's own user can use them. Then point the application at DATABASE
# (the JDBC pool's URL), start it: readiness (/health/ready) says whether the schema is at the
# version the EAR expects, and `VerifyAuditTrail` (README) checks the restored audit chain.
# Connection as in ops/backup.sh.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 FILE DATABASE [OWNER]" >&2; exit 2; }
file=$1
database=$2
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
owner="${3:-$PGUSER}"
[ -f "$file" ] || { echo "no such backup: $file" >&2; exit 2; }
[[ "$database" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "a database name of lower-case letters, digits and _" >&2; exit 2; }
if [ "$(psql -d postgres -tAc "select 1 from pg_database where datname = '$database'")" = 1 ]; then
    echo "database $database exists: restore into a new name" >&2
    exit 2
fi
createdb --owner="$owner" "$database"
pg_restore --exit-on-error --no-owner --role="$owner" --dbname="$database" "$file"
echo "restored $file into $database"
