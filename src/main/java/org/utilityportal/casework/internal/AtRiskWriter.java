package org.utilityportal.casework.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the set of cases at risk ({@code case_at_risk}) as the last check found it, in
 * three statements whatever its size, and claims each check for one portal instance.
 */
@Component
@RequiredArgsConstructor
public class AtRiskWriter {

	/** The advisory lock of the at-risk check: one instance checks at a time. */
	private static final long LOCK = 0x14_A7_21_5CL;

	private final JdbcClient jdbc;

	/**
	 * Claims the check for this transaction: {@code false} when another instance is
	 * checking right now (it then does the work; this one skips).
	 */
	public boolean claim() {
		return Boolean.TRUE
			.equals(this.jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single());
	}

	/**
	 * Replaces the set with the cases found now: drops the others (and a case found again
	 * in a new round), updates those still at risk, adds the new ones.
	 * @return the ids of the cases newly at risk (in this round)
	 */
	public Set<Long> replace(List<AtRiskRule.AtRisk> found, Instant now) {
		Long[] ids = found.stream().map((risk) -> risk.queued().caseId()).toArray(Long[]::new);
		Integer[] rounds = found.stream().map((risk) -> risk.queued().round()).toArray(Integer[]::new);
		this.jdbc.sql("""
				delete from case_at_risk r
				where not exists (select 1 from unnest(?::bigint[], ?::integer[]) as f(id, round)
				                  where f.id = r.case_id and f.round = r.round)
				""").params(ids, rounds).update();
		if (found.isEmpty()) {
			return Set.of();
		}
		return this.jdbc
			.sql("""
					insert into case_at_risk (case_id, round, unit_id, flagged_at, due_at, remaining_minutes, median_minutes,
					    queue_position)
					select f.id, f.round, f.unit, ?, f.due, f.remaining, f.median, f.position
					from unnest(?::bigint[], ?::integer[], ?::bigint[], ?::timestamptz[], ?::integer[], ?::integer[],
					    ?::integer[]) as f(id, round, unit, due, remaining, median, position)
					on conflict (case_id) do update
					    set unit_id = excluded.unit_id, due_at = excluded.due_at,
					        remaining_minutes = excluded.remaining_minutes, median_minutes = excluded.median_minutes,
					        queue_position = excluded.queue_position
					returning case_id, (xmax = 0) as added
					""")
			.params(utc(now), ids, rounds, found.stream().map((risk) -> risk.queued().unitId()).toArray(Long[]::new),
					found.stream().map((risk) -> utc(risk.queued().due()).toString()).toArray(String[]::new),
					found.stream()
						.map((risk) -> (int) Math.min(Integer.MAX_VALUE, risk.remainingMinutes()))
						.toArray(Integer[]::new),
					found.stream()
						.map((risk) -> (int) Math.min(Integer.MAX_VALUE, risk.medianMinutes()))
						.toArray(Integer[]::new),
					found.stream().map(AtRiskRule.AtRisk::position).toArray(Integer[]::new))
			.query((row, index) -> new long[] { row.getLong("case_id"), row.getBoolean("added") ? 1 : 0 })
			.list()
			.stream()
			.filter((row) -> row[1] == 1)
			.map((row) -> row[0])
			.collect(Collectors.toSet());
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
