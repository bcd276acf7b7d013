package org.utilityportal.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.casework.CaseOutcomes;
import org.utilityportal.casework.CaseProgress;
import org.utilityportal.casework.CaseStatus;

/**
 * Cases read for the modules that track them, by primary key: each statement takes the
 * cases as an array, so its cost is one index probe per case whatever their number.
 */
@Component
@RequiredArgsConstructor
public class TrackedCaseQueries {

	private static final String DONE = "c.status in ('RESOLVED', 'CLOSED')";

	private static final String LATE = "(c.first_reply_late or c.resolution_late)";

	private final JdbcClient jdbc;

	/** The id of a case number. */
	public Optional<Long> idOf(String number) {
		return this.jdbc.sql("select id from service_case where number = ?").param(number).query(Long.class).optional();
	}

	/** Where each of the cases stands. */
	public List<CaseProgress> progress(Collection<Long> caseIds) {
		return this.jdbc.sql("""
				select c.id, c.number, c.status, c.registered_at, c.first_reply_due_at, c.resolution_due_at,
				       c.first_replied_at, c.resolved_at, %s as late
				from service_case c where c.id = any(?::bigint[])
				""".formatted(LATE)).param(caseIds.toArray(Long[]::new)).query(TrackedCaseQueries::progress).list();
	}

	/**
	 * The cases counted by outcome per group: case ids and their groups, side by side.
	 */
	public Map<Long, CaseOutcomes> outcomes(Long[] caseIds, Long[] groups) {
		Map<Long, CaseOutcomes> outcomes = new HashMap<>();
		this.jdbc.sql("""
				select g.grp,
				    count(*) filter (where %1$s and not %2$s) as done_in_time,
				    count(*) filter (where %1$s and %2$s) as done_late,
				    count(*) filter (where not %1$s and not %2$s) as open_in_time,
				    count(*) filter (where not %1$s and %2$s) as open_late
				from unnest(?::bigint[], ?::bigint[]) as g(case_id, grp)
				join service_case c on c.id = g.case_id
				group by g.grp
				""".formatted(DONE, LATE)).params(caseIds, groups).query((row) -> {
			outcomes.put(row.getLong("grp"), new CaseOutcomes(row.getLong("done_in_time"), row.getLong("done_late"),
					row.getLong("open_in_time"), row.getLong("open_late")));
		});
		return outcomes;
	}

	private static CaseProgress progress(ResultSet row, int index) throws SQLException {
		return new CaseProgress(row.getLong("id"), row.getString("number"), CaseStatus.valueOf(row.getString("status")),
				instant(row, "registered_at"), instant(row, "first_reply_due_at"), instant(row, "resolution_due_at"),
				instant(row, "first_replied_at"), instant(row, "resolved_at"), row.getBoolean("late"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
