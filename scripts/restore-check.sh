#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into a fresh database and checks it: every table has
# the row count counted when the backup was taken, and every account's ledger still sums to
# its balance (scripts/sql/ledger-check.sql). Exits non-zero when anything differs.
#
#   scripts/restore-check.sh DIR [DATABASE]    DATABASE defaults to portal_restore_<date>_<time>
#
# Connection from the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD); the user needs the
# right to create databases. The restored database is kept (drop it with dropdb) unless
# RESTORE_DROP=true. Point the portal at it (DB_URL) to use it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
DIR=${1:?usage: scripts/restore-check.sh DIR [DATABASE]}
TARGET=${2:-portal_restore_$(date +%Y%m%d_%H%M%S)}
started=$(date +%s)

createdb -E UTF8 -T template0 "$TARGET"
pg_restore -d "$TARGET" --no-owner --exit-on-error -j "${RESTORE_JOBS:-2}" "$DIR/portal.dump"

failures=0
while IFS=$'\t' read -r table expected; do
	actual=$(psql -X -Atq -d "$TARGET" -c "select count(*) from \"$table\"")
	if [ "$actual" != "$expected" ]; then
		echo "row count differs: $table backed up $expected, restored $actual"
		failures=$((failures + 1))
	fi
done <"$DIR/row-counts.tsv"
mismatches=$(psql -X -Atq -d "$TARGET" -F $'\t' -f scripts/sql/ledger-check.sql)
if [ -n "$mismatches" ]; then
	echo "accounts whose ledger does not sum to their balance (account, balance, ledger):"
	echo "$mismatches" | head -20
	failures=$((failures + 1))
fi

tables=$(wc -l <"$DIR/row-counts.tsv")
rows=$(awk -F'\t' '{n += $2} END {print n}' "$DIR/row-counts.tsv")
accounts=$(psql -X -Atq -d "$TARGET" -c "select count(*) from account_balance")
if [ "${RESTORE_DROP:-false}" = true ]; then dropdb "$TARGET"; fi
if [ "$failures" -gt 0 ]; then
	echo "restore check FAILED into $TARGET ($failures problems)"
	exit 1
fi
echo "restore check passed into $TARGET: $tables tables and $rows rows as backed up, $accounts account ledgers sum to their balances, $(($(date +%s) - started)) s"
