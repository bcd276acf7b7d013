#!/usr/bin/env bash
# Fault and load tests of two instances behind nginx (scripts/cluster.sh), one scenario a run.
# Results in target/fault/<scenario>/: the load driver's summary.md, timeline.tsv, payments.tsv,
# cases.tsv, and check.txt (what was verified against the database). Exits 1 when a check fails.
#
#   bench/fault.sh kill9   [SECONDS=180]   kill -9 instance 1 a third of the way in, start it again
#                                           at two thirds: no committed payment or case lost or
#                                           doubled, sessions kept, errors only for requests in flight
#   bench/fault.sh pgrestart [SECONDS=120] restart PostgreSQL (fast) at half-time: recovery time,
#                                           503s with Retry-After (no 500), payments exactly once
#   bench/fault.sh billing [CUSTOMERS=200000] a billing run killed half-way with kill -9 and taken
#                                           over by the other instance: every account billed once
#   bench/fault.sh soak    [SECONDS=1800]   mixed load on both instances: no 5xx; heap after a full
#                                           GC every minute per instance (heap.tsv), flat from the 5th
#                                           minute; p99 per page and 5 minutes; writes all kept once
#   bench/fault.sh soak-checks [SECONDS]    the checks of a finished soak again
#
# Load: LOAD_USERS="customers clerks supervisors" (default "8 4 2"). The cluster must be up
# (scripts/cluster.sh up) except for "billing", which prepares its own data first.
set -euo pipefail
cd "$(dirname "$0")/.."
SCENARIO=${1:?scenario: kill9, pgrestart, billing, soak or soak-checks}
OUT=target/fault/${SCENARIO%-checks}
[ "$SCENARIO" = soak-checks ] || { rm -rf "$OUT" && mkdir -p "$OUT"; }
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
BASE=http://127.0.0.1:${CLUSTER_PORT:-18080}
export PGHOST=127.0.0.1 PGPORT=${PG_PRIMARY_PORT:-5441} PGUSER=portal PGPASSWORD=portal PGDATABASE=portal
read -r CUSTOMERS CLERKS SUPERVISORS <<<"${LOAD_USERS:-8 4 2}"
FAILED=0

log() { printf '%s %s\n' "$(date +%T)" "$*" | tee -a "$OUT/check.txt"; }
check() { # check DESCRIPTION CONDITION-RESULT(0 ok)
	if [ "$2" = 0 ]; then log "ok: $1"; else log "FAILED: $1"; FAILED=1; fi
}
sql() { psql -X -Atq -v ON_ERROR_STOP=1 "$@"; }
pid_of() { cat "${CLUSTER_DIR:-target/cluster}/portal-$1.pid"; }
ACCESS_LOG=${CLUSTER_DIR:-target/cluster}/nginx/access.log

accounts() { sql -c "select string_agg(id::text, ',') from (select id from service_account where utility <> 'METRO' and status = 'OPEN' order by id limit 20) a"; }

load() { # load SECONDS
	"$JAVA" bench/load/LoadDriver.java "$BASE" "$1" "$OUT" "$CUSTOMERS" "$CLERKS" "$SUPERVISORS" "$(accounts)" >"$OUT/driver.log" 2>&1
}

verify_writes() {
	# Every payment the driver saw confirmed is in the database once; none is there twice.
	sql <<SQL >"$OUT/payments-check.tsv"
create temp table sent (channel text, key text, outcome text, attempts int, receipt text);
\copy sent from '$OUT/payments.tsv'
select s.outcome, count(*) as payments,
       count(*) filter (where p.n = 1) as in_database_once,
       count(*) filter (where p.n > 1) as doubled,
       count(*) filter (where coalesce(p.n, 0) = 0) as not_in_database,
       sum(s.attempts - 1) as retries
from sent s
left join (select idempotency_key, count(*) as n from payment group by idempotency_key) p
       on p.idempotency_key = s.channel || '-' || s.key
group by s.outcome order by 1;
SQL
	cat "$OUT/payments-check.tsv" | tee -a "$OUT/check.txt"
	local lost doubled
	lost=$(awk -F'|' '$1 == "paid" {n += $5} END {print n + 0}' "$OUT/payments-check.tsv")
	doubled=$(awk -F'|' '{n += $4} END {print n + 0}' "$OUT/payments-check.tsv")
	check "confirmed payments all in the database ($lost missing)" "$lost"
	check "no payment doubled ($doubled)" "$doubled"
	local registered missing
	registered=$(wc -l <"$OUT/cases.tsv")
	missing=0
	if [ "$registered" -gt 0 ]; then
		missing=$(sql -c "select $registered - count(*) from service_case where number in ($(sed "s/.*/'&'/" "$OUT/cases.tsv" | paste -sd,))")
	fi
	check "registered cases all in the database ($registered registered, $missing missing)" "$missing"
	# The driver gives each case a summary of its own: one twice in the database is a double.
	local doubled_cases
	doubled_cases=$(sql -c "select count(*) - count(distinct summary) from service_case where summary like '负载测试咨询 %'")
	check "no case doubled ($doubled_cases)" "$doubled_cases"
}

# Heap after a full GC is flat from the 5th minute on: per instance, the mean of the last five
# minutes is at most 10% (and 5 MB) above the mean of minutes 5-9.
heap_flat() {
	local n verdict
	for n in 1 2; do
		verdict=$(awk -F'\t' -v n="$n" -v last=$((SECONDS_TOTAL / 60)) '
			NR > 1 && $2 == n && $1 >= 5 && $1 <= 9 {early += $3; e++}
			NR > 1 && $2 == n && $1 > last - 5 {late += $3; l++}
			END {
				if (!e || !l) {print "no figures 1"; exit}
				a = early / e; b = late / l
				printf "%.0f MB at minutes 5-9, %.0f MB in the last five %d\n", a, b, (b > a * 1.1 + 5)
			}' "$OUT/heap.tsv")
		check "instance $n heap after full GC flat: ${verdict% *}" "${verdict##* }"
	done
}

case "$SCENARIO" in
	kill9)
		SECONDS_TOTAL=${2:-180}
		LOG_FROM=$(($(wc -l <"$ACCESS_LOG" 2>/dev/null || echo 0) + 1))
		load "$SECONDS_TOTAL" &
		DRIVER=$!
		sleep $((SECONDS_TOTAL / 3))
		log "kill -9 instance 1 (pid $(pid_of 1))"
		KILLED_AT=$(date +%s)
		scripts/cluster.sh kill 1 >>"$OUT/check.txt"
		sleep $((SECONDS_TOTAL / 3))
		log "starting instance 1 again"
		# On a busy machine it may not be ready before the load ends: the checks run anyway.
		scripts/cluster.sh start 1 >>"$OUT/check.txt" || log "instance 1 not ready yet"
		wait "$DRIVER"
		tail -3 "$OUT/summary.md" | tee -a "$OUT/check.txt"
		verify_writes
		lost=$(grep -c "session lost" "$OUT/errors.tsv" || true)
		check "sessions kept on the other instance ($lost lost)" "$lost"
		# Errors only for requests in flight: every 5xx nginx answered in the run came from
		# the killed instance and had been sent to it before the kill (its start, the log
		# time less its duration, at most the kill's second); the driver saw no failed
		# connection (nginx passes a refused connection on to the other instance).
		tail -n +"$LOG_FROM" "$ACCESS_LOG" >"$OUT/access.log"
		in_flight=$(python3 - "$OUT/access.log" "$KILLED_AT" "127.0.0.1:${PORTAL_1_PORT:-18081}" <<'PY' | tee -a "$OUT/check.txt"
import re, sys
from datetime import datetime
line = re.compile(r'\[([^\]]+)\] "([^"]*)" (\d{3}) .* upstream=(\S+) rt=([\d.]+)')
killed, dead = int(sys.argv[2]), sys.argv[3]
errors = other = 0
for text in open(sys.argv[1]):
    m = line.search(text)
    if not m or int(m.group(3)) < 500:
        continue
    errors += 1
    ended = datetime.strptime(m.group(1), '%d/%b/%Y:%H:%M:%S %z').timestamp()
    started = ended - float(m.group(5))
    in_flight = dead in m.group(4) and started <= killed + 1
    other += 0 if in_flight else 1
    print(('in flight: ' if in_flight else 'NOT in flight: ') + text.strip())
print(f'{errors} 5xx through nginx, {other} not in flight on the killed instance')
PY
)
		check "5xx only for requests in flight on the killed instance ($(tail -1 <<<"$in_flight"))" \
			"$(tail -1 <<<"$in_flight" | sed 's/.*, \([0-9]*\) not in flight.*/\1/')"
		# Requests that failed without an answer (connection cut: the killed instance had
		# begun to answer) may only end in the seconds of the kill.
		kill_second=$(( KILLED_AT - $(cat "$OUT/started.txt") / 1000 ))
		failed=$(awk -F'\t' 'NR > 1 {n += $5} END {print n + 0}' "$OUT/timeline.tsv")
		late=$(awk -F'\t' -v k="$kill_second" 'NR > 1 && $5 > 0 && ($1 < k - 1 || $1 > k + 2) {n += $5} END {print n + 0}' "$OUT/timeline.tsv")
		check "connections cut only at the kill ($failed cut, $late of them outside seconds $((kill_second - 1))-$((kill_second + 2)))" "$late"
		;;
	pgrestart)
		SECONDS_TOTAL=${2:-120}
		load "$SECONDS_TOTAL" &
		DRIVER=$!
		sleep $((SECONDS_TOTAL / 2))
		RESTART_AT=$(( $(date +%s) ))
		log "restarting PostgreSQL (fast)"
		scripts/pg.sh restart-primary
		log "PostgreSQL answers again after $(( $(date +%s) - RESTART_AT )) s"
		wait "$DRIVER"
		tail -3 "$OUT/summary.md" | tee -a "$OUT/check.txt"
		# Seconds of the run with failures, and the last one: the portal has recovered after it.
		awk -F'\t' 'NR > 1 && ($3 > 0 || $5 > 0) {print}' "$OUT/timeline.tsv" >"$OUT/bad-seconds.tsv"
		log "seconds with errors: $(wc -l <"$OUT/bad-seconds.tsv") (first $(head -1 "$OUT/bad-seconds.tsv" | cut -f1), last $(tail -1 "$OUT/bad-seconds.tsv" | cut -f1)); restart at second $((SECONDS_TOTAL / 2))"
		other=$(awk -F'\t' 'NR > 1 {n += $3 - $4} END {print n + 0}' "$OUT/timeline.tsv")
		check "errors while the database was away were 503 ($other other 5xx)" "$other"
		verify_writes
		;;
	billing)
		log "see docs/BENCHMARKS.md: prepared by bench/billing-takeover.sh"
		exec bench/billing-takeover.sh "${2:-200000}"
		;;
	soak)
		SECONDS_TOTAL=${2:-1800}
		load "$SECONDS_TOTAL" &
		DRIVER=$!
		printf 'minute\tinstance\theap_used_after_full_gc_mb\tprocess_rss_mb\n' >"$OUT/heap.tsv"
		# The machine's load average each minute (the run shares it with whatever else runs).
		printf 'minute\tload1\tload5\tload15\n' >"$OUT/load.tsv"
		# A full GC and the heap's figures take a while on a busy machine: the samples are
		# labelled with the minute of the run they were taken in, until the load ends.
		STARTED=$(date +%s)
		while sleep 60 && kill -0 "$DRIVER" 2>/dev/null; do
			minute=$((($(date +%s) - STARTED) / 60))
			printf '%s\t%s\n' "$minute" "$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '\t')" >>"$OUT/load.tsv"
			for n in 1 2; do
				pid=$(pid_of "$n")
				"$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null 2>&1 || continue
				used=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub("K,?", "", v); print int(v / 1024)}}')
				rss=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null || true)
				printf '%s\t%s\t%s\t%s\n' "$minute" "$n" "$used" "$rss" >>"$OUT/heap.tsv"
			done
		done
		wait "$DRIVER"
		exec "$0" soak-checks "$SECONDS_TOTAL"
		;;
	soak-checks)
		# The checks of a finished soak (target/fault/soak), also on their own.
		SECONDS_TOTAL=${2:-1800}
		cat "$OUT/summary.md" >>"$OUT/check.txt"
		log "load average (1 min) over the run: $(awk -F'\t' 'NR > 1 {s += $2; n++; if ($2 > m) m = $2} END {printf "mean %.1f, max %.1f", s / n, m}' "$OUT/load.tsv")"
		fives=$(awk -F'\t' 'NR > 1 {n += $3} END {print n + 0}' "$OUT/timeline.tsv")
		check "no 5xx in $SECONDS_TOTAL s ($fives)" "$fives"
		heap_flat
		verify_writes
		;;
	*)
		sed -n '2,20p' "$0"
		exit 2
		;;
esac
exit "$FAILED"
