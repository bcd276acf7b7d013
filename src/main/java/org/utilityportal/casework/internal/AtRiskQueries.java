package org.utilityportal.casework.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.casework.Nature;

/**
 * The reads of the at-risk check: the open cases whose resolution clock runs (from the
 * partial index on open cases) and each team's median handling time per nature over a
 * recent period (from the covering index on resolution time).
 */
@Component
@RequiredArgsConstructor
public class AtRiskQueries {

	/** A kind of case needs this many recent resolutions to have a median. */
	static final int MIN_SAMPLES = 3;

	private final JdbcClient jdbc;

	/**
	 * An open case as the at-risk check needs it.
	 *
	 * @param id case id
	 * @param number case number
	 * @param round round
	 * @param summary summary
	 * @param unitId responsible team
	 * @param personId responsible person, or {@code null}
	 * @param nature nature
	 * @param due resolution deadline
	 * @param calendarId the working calendar it counts on
	 * @param allHours whether its resolution counts every hour
	 */
	public record OpenCase(long id, String number, int round, String summary, long unitId, Long personId, Nature nature,
			Instant due, long calendarId, boolean allHours) {
	}

	/** Open cases (not waiting for the customer) with a running resolution deadline. */
	public List<OpenCase> open() {
		return this.jdbc.sql("""
				select id, number, round, summary, responsible_unit_id, responsible_id, nature, resolution_due_at,
				    calendar_id, all_hours
				from service_case
				where status in ('REGISTERED', 'IN_PROGRESS') and not resolution_late and resolution_due_at is not null
				""")
			.query((row, index) -> new OpenCase(row.getLong("id"), row.getString("number"), row.getInt("round"),
					row.getString("summary"), row.getLong("responsible_unit_id"),
					(Long) row.getObject("responsible_id"), Nature.valueOf(row.getString("nature")),
					CaseQueries.instant(row, "resolution_due_at"), row.getLong("calendar_id"),
					row.getBoolean("all_hours")))
			.list();
	}

	/**
	 * The median handling time (working minutes from the start of the resolution clock to
	 * the final reply) of each team and nature over the cases resolved since a moment,
	 * counted for the team that resolved them; kinds with fewer than three left out.
	 */
	public Map<AtRiskRule.Kind, Long> medians(Instant since) {
		Map<AtRiskRule.Kind, Long> medians = new HashMap<>();
		this.jdbc.sql("""
				select coalesce(resolution_charged_unit_id, responsible_unit_id) as unit, nature,
				    percentile_disc(0.5) within group (order by handling_minutes) as median
				from service_case
				where resolved_at >= ? and resolved_at is not null and handling_minutes is not null
				group by 1, 2
				having count(*) >= ?
				""").params(CaseQueries.utc(since), MIN_SAMPLES).query((row) -> {
			long median = row.getLong("median");
			if (median > 0) {
				medians.put(new AtRiskRule.Kind(row.getLong("unit"), Nature.valueOf(row.getString("nature"))), median);
			}
		});
		return medians;
	}

}
