#!/usr/bin/env bash
# Backs up the Workbench's PostgreSQL database into one file, in pg_dump's custom format
# (compressed, restorable table by table), made in a temporary name and renamed when complete,
# so that a file with the final name is always a whole backup.
#
#   ops/backup.sh DATABASE FILE        e.g. ops/backup.sh itpp /var/backups/itpp/itpp-$(date +%F).dump
#
# Connection: the usual PG* variables (PGHOST, PGPORT, PGUSER; the password in ~/.pgpass, never on
# the command line); defaults 127.0.0.1, 5432, postgres. Consistent while the application runs
# (pg_dump reads one snapshot). Run it from cron, e.g. nightly at 01:30, and keep the files on
# another machine.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 DATABASE FILE" >&2; exit 2; }
database=$1
file=$2
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT
pg_dump --format=custom --no-owner --no-privileges --file="$partial" "$database"
mv "$partial" "$file"
trap - EXIT
echo "backup of $database: $file ($(stat -c %s "$file") bytes)"
