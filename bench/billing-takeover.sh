#!/usr/bin/env bash
# A billing run killed half-way (kill -9 of the instance running it) and finished by the other
# instance: every account billed exactly once. Needs the cluster (scripts/cluster.sh up).
#
#   [TAKEOVER_LIMIT=600] bench/billing-takeover.sh [CUSTOMERS=200000]
#
# Generates CUSTOMERS customers and three months of readings on the cluster's database (once),
# starts the run for last month on instance 1 from the administrators' page, kills instance 1
# with kill -9 when about a third of the accounts are read, then waits for instance 2 to take
# the run over (its heartbeat stops; the takeover watch runs every 30 s, the heartbeat times out
# after 60 s) and finish it. Checks: no account has two bills for the month, and a second run
# for the month issues no bill (everything billable was billed). Results in target/fault/billing/.
set -euo pipefail
cd "$(dirname "$0")/.."
CUSTOMERS=${1:-200000}
# How long the other instance may take to finish after the kill (TAKEOVER_LIMIT seconds, default
# 600; 1,000,000 customers need more on a 2-core machine).
LIMIT=${TAKEOVER_LIMIT:-600}
OUT=target/fault/billing
mkdir -p "$OUT"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PGHOST=127.0.0.1 PGPORT=${PG_PRIMARY_PORT:-5441} PGUSER=portal PGPASSWORD=portal PGDATABASE=portal
P1=${PORTAL_1_PORT:-18081}
P2=${PORTAL_2_PORT:-18082}
MONTH=$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m)
FAILED=0
log() { printf '%s %s\n' "$(date +%T)" "$*" | tee -a "$OUT/check.txt"; }
sql() { psql -X -Atq -v ON_ERROR_STOP=1 "$@"; }

have=$(sql -c "select count(*) from customer")
if [ "$have" -lt "$CUSTOMERS" ]; then
	log "generating $((CUSTOMERS - have)) customers and 3 months of readings"
	# The generators exist only with demo data on (without it the portal starts, generates
	# nothing and never stops); the cluster's instances already loaded it, so it is there.
	for what in "--portal.generate.customers=$((CUSTOMERS - have))" "--portal.generate.readings=3"; do
		PORT=0 PORTAL_EMBEDDED_DB=false DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/portal DB_USER=portal DB_PASSWORD=portal \
			"$JAVA_HOME/bin/java" -Xmx2g -jar target/cluster/utility-portal.jar "$what" --portal.scheduling.enabled=false \
			--portal.demo-data=true >>"$OUT/generate.log" 2>&1
	done
fi

# Signs in as admin1 on one instance and posts the start form (with its CSRF token).
start_run() {
	local port=$1 jar=$OUT/cookies-$1 token
	rm -f "$jar"
	token=$(curl -fsS -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin1" --data-urlencode "password=Portal#2026" \
		--data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
	token=$(curl -fsS -c "$jar" -b "$jar" "http://127.0.0.1:$port/admin/billing" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "month=$MONTH" --data-urlencode "_csrf=$token" \
		"http://127.0.0.1:$port/admin/billing/runs" | sed 's|.*/runs/||'
}

read_so_far() {
	sql -c "select coalesce(sum(s.read_count), 0) from billing_run r join batch_step_execution s on s.job_execution_id = r.job_execution_id and s.step_name like 'billAccountRange:%' where r.id = $1"
}

due=$(sql -c "select count(*) from service_account where utility <> 'METRO' and status = 'OPEN'")
RUN=$(start_run "$P1")
log "run $RUN for $MONTH started on instance 1 ($due open metered accounts)"
started=$(date +%s.%N)
until [ "$(read_so_far "$RUN")" -ge $((due / 3)) ]; do sleep 0.2; done
log "kill -9 instance 1 after $(read_so_far "$RUN") accounts read, $(sql -c "select count(*) from bill where run_id = $RUN") bills written"
killed=$(date +%s)
scripts/cluster.sh kill 1 >/dev/null
until sql -c "select status from billing_run where id = $RUN" | grep -q COMPLETED; do
	sleep 1
	if [ $(( $(date +%s) - killed )) -gt "$LIMIT" ]; then log "FAILED: not finished $LIMIT s after the kill"; exit 1; fi
done
sql -F ' ' -c "select 'taken over from ' || taken_over_from || ' by ' || instance || ' ' || round(extract(epoch from taken_over_at - to_timestamp($killed))::numeric, 1) || ' s after the kill, completed ' || round(extract(epoch from finished_at - to_timestamp($killed))::numeric, 1) || ' s after the kill' from billing_run where id = $RUN" | tee -a "$OUT/check.txt"
bills=$(sql -c "select count(*) from bill where run_id = $RUN")
skips=$(sql -c "select count(*) from billing_skip where run_id = $RUN")
doubled=$(sql -c "select count(*) from (select account_id from bill where run_id in (select id from billing_run where billing_month = date '$MONTH-01') group by account_id having count(*) > 1) d")
log "run $RUN: $bills bills, $skips accounts skipped with a reason, $doubled accounts with two bills for $MONTH"
[ "$doubled" = 0 ] || FAILED=1
scripts/cluster.sh start 1 >/dev/null
SECOND=$(start_run "$P2")
until sql -c "select status from billing_run where id = $SECOND" | grep -qv STARTED; do sleep 1; done
again=$(sql -c "select count(*) from bill where run_id = $SECOND")
log "a second run for $MONTH (run $SECOND) issued $again bills"
[ "$again" = 0 ] || FAILED=1
[ "$FAILED" = 0 ] && log "ok: every account billed exactly once" || log "FAILED"
exit "$FAILED"
