#!/usr/bin/env bash
# A consistent backup of the portal's database, also under load: pg_dump in custom format
# from one exported snapshot, with the row count of every table counted in that same snapshot
# (so the restore can be checked exactly), and the ledger check's result at that moment.
#
#   scripts/backup.sh [DIR]      DIR defaults to backups/portal-<date>-<time>
#
# Connection from the usual libpq variables: PGHOST (127.0.0.1), PGPORT (5432), PGUSER,
# PGPASSWORD, PGDATABASE (portal). Needs pg_dump and psql of the server's major version or newer.
# Restore and check with scripts/restore-check.sh DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGDATABASE=${PGDATABASE:-portal}
DIR=${1:-backups/portal-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$DIR"

# One session exports a snapshot and holds it open while the dump and the counts use it.
coproc HOLDER { psql -X -Atq -v ON_ERROR_STOP=1; }
echo "begin isolation level repeatable read, read only; select pg_export_snapshot();" >&"${HOLDER[1]}"
read -r -t 30 SNAPSHOT <&"${HOLDER[0]}"
[ -n "$SNAPSHOT" ] || { echo "could not export a snapshot" >&2; exit 1; }

in_snapshot() {
	psql -X -Atq -v ON_ERROR_STOP=1 -F $'\t' <<SQL
begin isolation level repeatable read, read only;
set transaction snapshot '$SNAPSHOT';
$1
commit;
SQL
}

started=$(date +%s)
pg_dump --snapshot="$SNAPSHOT" -Fc -Z 6 -f "$DIR/portal.dump"
in_snapshot "select format('select %L, count(*) from %I.%I;', table_name, table_schema, table_name)
             from information_schema.tables
             where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name \gexec" >"$DIR/row-counts.tsv"
in_snapshot "$(cat scripts/sql/ledger-check.sql)" >"$DIR/ledger-mismatches.tsv"
echo "commit;" >&"${HOLDER[1]}"
exec {HOLDER[1]}>&-
wait "$HOLDER_PID" 2>/dev/null || true

psql -X -Atq -c "select version()" >"$DIR/server-version.txt"
echo "backup in $DIR: $(du -h "$DIR/portal.dump" | cut -f1), $(wc -l <"$DIR/row-counts.tsv") tables, \
$(awk -F'\t' '{n += $2} END {print n}' "$DIR/row-counts.tsv") rows, \
$(wc -l <"$DIR/ledger-mismatches.tsv") ledger mismatches, $(($(date +%s) - started)) s"
