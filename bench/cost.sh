#!/usr/bin/env bash
# How cost grows with the number of customers (issue 17): the counter search, the bill page and
# the supervisor dashboard measured by the existing benchmarks on a database of CUSTOMERS customers
# and as many cases, one database per scale, and one table row of the results.
#
#   bench/cost.sh CUSTOMERS [more -D options for Maven, e.g. -Dbench.requests=300]
#
# The server: PGHOST, PGPORT, PGUSER, PGPASSWORD (a user that may create databases; defaults: the
# primary of scripts/pg.sh, user portal). The database cost_<CUSTOMERS> is made on the first run and
# reused by later ones (generating the data is the long part). Results: target/cost/<CUSTOMERS>/
# (the benchmarks' own tables, the Maven log, row.md: the row for docs/BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
CUSTOMERS=${1:?number of customers}
shift
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-${PG_PRIMARY_PORT:-5441}} PGUSER=${PGUSER:-portal}
export PGPASSWORD=${PGPASSWORD:-portal}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DB=cost_$CUSTOMERS
OUT=target/cost/$CUSTOMERS
mkdir -p "$OUT"
sql() { psql -X -Atq -v ON_ERROR_STOP=1 -d "${PGDATABASE:-postgres}" "$@"; }

if [ -z "$(sql -c "select 1 from pg_database where datname = '$DB'")" ]; then
	sql -c "create database $DB encoding 'UTF8' template template0"
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date +%s)
# Metered accounts are about 1.5 a customer: the billing benchmark generates customers until
# that many accounts are due, so all three benchmarks see about the same customers.
TEST_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$DB TEST_DB_USER=$PGUSER TEST_DB_PASSWORD=$PGPASSWORD \
	./mvnw -B -ntp -Pbench verify -Dit.test='CustomerSearchBenchmark,CaseworkBenchmark,BillingBenchmark' \
	-Dbench.customers="$CUSTOMERS" -Dbench.cases="$CUSTOMERS" -Dbench.accounts=$((CUSTOMERS * 3 / 2)) "$@" \
	>"$OUT/maven.log" 2>&1 || { tail -40 "$OUT/maven.log"; exit 1; }
cp target/benchmarks/customer-search.md target/benchmarks/casework.md target/benchmarks/billing.md "$OUT/"

# p95 of the slowest search kind, of the bill page under wrk, of the dashboard (30 days).
search=$(awk -F'|' 'NR > 4 && $2 !~ /customer page/ && $5 + 0 > max {max = $5 + 0} END {print max}' "$OUT/customer-search.md")
bill=$(grep -o 'p95 \*\*[0-9.]* ms' "$OUT/billing.md" | tr -dc '0-9.')
dashboard=$(awk -F'|' '$2 ~ /dashboard \(last 30 days/ {print $5 + 0}' "$OUT/casework.md")
customers=$(sql -d "$DB" -c "select count(*) from customer")
cases=$(sql -d "$DB" -c "select count(*) from service_case")
size=$(sql -d "$DB" -c "select pg_size_pretty(pg_database_size(current_database()))")
printf '| %s | %s | %s | %s | %s | %s | %s min | %s → %s |\n' "$(printf "%'d" "$customers")" \
	"$(printf "%'d" "$cases")" "$size" "$search" "$bill" "$dashboard" $((($(date +%s) - started) / 60)) \
	"$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/row.md"
