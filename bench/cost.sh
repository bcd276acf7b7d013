#!/usr/bin/env bash
# How cost grows with the number of customers (issue 17): the counter search, the bill page and
# the supervisor dashboard measured by the existing benchmarks on a database of CUSTOMERS customers
# and as many cases, one database per scale, and one table row of the results.
#
#   bench/cost.sh CUSTOMERS [more -D options for Maven, e.g. -Dbench.requests=300]
#
# BENCHMARKS: which of the three to run this time (default all three, comma-separated, e.g.
# BENCHMARKS=CustomerSearchBenchmark): a scale can be measured in parts, one after the other;
# the row is made of every part measured so far for that scale (in target/cost/<CUSTOMERS>/).
# At 5,000,000 customers the billing benchmark's default data (two years of readings and two
# runs, about 180 million readings and 13 million bills) does not fit a working day; see
# docs/BENCHMARKS.md for the reduced options used there (-Dbench.readings.months=4
# -Dbench.billing.history=false -Dbench.billing.page-only=true).
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
BENCHMARKS=${BENCHMARKS:-CustomerSearchBenchmark,CaseworkBenchmark,BillingBenchmark}
declare -A REPORT=([CustomerSearchBenchmark]=customer-search.md [CaseworkBenchmark]=casework.md [BillingBenchmark]=billing.md)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date +%s)
# A report left in target/benchmarks by an earlier run (of another scale) is not this run's.
for name in ${BENCHMARKS//,/ }; do rm -f "target/benchmarks/${REPORT[$name]}"; done
# Metered accounts are about 1.5 a customer: the billing benchmark generates customers until
# that many accounts are due, so all three benchmarks see about the same customers.
TEST_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$DB TEST_DB_USER=$PGUSER TEST_DB_PASSWORD=$PGPASSWORD \
	./mvnw -B -ntp -Pbench verify -Dit.test="$BENCHMARKS" \
	-Dbench.customers="$CUSTOMERS" -Dbench.cases="$CUSTOMERS" -Dbench.accounts=$((CUSTOMERS * 3 / 2)) "$@" \
	>"$OUT/maven-${BENCHMARKS//,/-}.log" 2>&1 || { tail -40 "$OUT/maven-${BENCHMARKS//,/-}.log"; exit 1; }
for name in ${BENCHMARKS//,/ }; do cp "target/benchmarks/${REPORT[$name]}" "$OUT/"; done
printf '%s\t%s\t%s min\tload %s → %s\n' "$(date -u +%FT%TZ)" "$BENCHMARKS" $((($(date +%s) - started) / 60)) \
	"$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/runs.tsv"

# p95 of the slowest search kind, of the bill page under wrk, of the dashboard (30 days);
# "not measured" for a part not run yet at this scale.
part() { [ -f "$OUT/$1" ] && "${@:2}" "$OUT/$1" || echo "not measured"; }
search=$(part customer-search.md awk -F'|' 'NR > 4 && $2 !~ /customer page/ && $5 + 0 > max {max = $5 + 0} END {print max}')
bill=$(part billing.md sh -c "grep -o 'p95 \*\*[0-9.]* ms' \"\$0\" | sed 's/[^*]*[*][*]\([0-9.]*\) ms/\1/'")
dashboard=$(part casework.md awk -F'|' '$2 ~ /dashboard \(last 30 days/ {print $5 + 0}')
customers=$(sql -d "$DB" -c "select count(*) from customer")
cases=$(sql -d "$DB" -c "select count(*) from service_case")
size=$(sql -d "$DB" -c "select pg_size_pretty(pg_database_size(current_database()))")
# The row, with every run's benchmarks, minutes and load average (1, 5, 15 min) before → after.
printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$(printf "%'d" "$customers")" \
	"$(printf "%'d" "$cases")" "$size" "$search" "$bill" "$dashboard" \
	"$(cut -f2- "$OUT/runs.tsv" | tr '\t' ' ' | paste -sd';' | sed 's/;/; /g')" | tee "$OUT/row.md"
