package org.utilityportal.casework.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.calendar.Interval;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.Platform;

import static org.utilityportal.casework.internal.CaseQueries.instant;
import static org.utilityportal.casework.internal.CaseQueries.utc;

/**
 * The escalation scan's reads: whether anything is due, and the due cases themselves,
 * locked and read in one statement as {@link DueCase} records (their clock columns and
 * pauses), served by the partial index on {@code next_check_at}.
 */
@Component
@RequiredArgsConstructor
public class DueCaseQueries {

	private static final String DUE = """
			select c.id, c.version, c.number, c.summary, c.status, c.tier, c.tier_entered_at, c.round, c.calendar_id,
			    c.policy_id, c.all_hours, c.first_reply_all_hours, c.first_reply_minutes, c.resolution_minutes,
			    c.return_visit_minutes, c.tier2_minutes, c.tier3_minutes, c.tier4_minutes, c.warning_percent,
			    c.registered_at, c.resolution_started_at, c.first_replied_at, c.resolved_at, c.first_reply_due_at,
			    c.resolution_due_at, c.first_reply_late, c.resolution_late, c.return_visit_late, c.due_at, c.warn_at,
			    c.warned_due_at, c.next_check_at, c.owner_id, c.responsible_unit_id, c.responsible_id,
			    c.first_reply_charged_id, c.first_reply_charged_unit_id, c.resolution_charged_id,
			    c.resolution_charged_unit_id, c.platform, c.platform_ticket, c.platform_due_at, p.paused, p.resumed
			from service_case c
			left join lateral (select array_agg(cp.paused_at order by cp.paused_at) as paused,
			                          array_agg(cp.resumed_at order by cp.paused_at) as resumed
			                   from case_pause cp where cp.case_id = c.id) p on true
			where c.next_check_at <= ?
			order by c.next_check_at limit ? for update of c skip locked
			""";

	private final JdbcClient jdbc;

	/**
	 * Whether any case is due for the escalation scan: a look without locks, so that a
	 * scan with nothing to do costs one statement. The order makes it an index scan under
	 * every plan: a generic plan for "limit 1" alone may pick a sequential scan, which
	 * finds nothing only after reading the whole table.
	 */
	public boolean anythingDue(Instant now) {
		return !this.jdbc.sql("select id from service_case where next_check_at <= ? order by next_check_at limit 1")
			.param(utc(now))
			.query(Long.class)
			.list()
			.isEmpty();
	}

	/**
	 * Up to {@code limit} cases due for the escalation scan, soonest first, with their
	 * pauses, locked until the transaction ends (cases another scan has locked are
	 * skipped): one statement.
	 */
	public List<DueCase> lockDue(Instant now, int limit) {
		return this.jdbc.sql(DUE).params(utc(now), limit).query(DueCaseQueries::dueCase).list();
	}

	private static DueCase dueCase(ResultSet row, int index) throws SQLException {
		CaseLimits limits = new CaseLimits(row.getLong("policy_id"), row.getBoolean("all_hours"),
				row.getBoolean("first_reply_all_hours"), row.getInt("first_reply_minutes"),
				row.getInt("resolution_minutes"), row.getInt("return_visit_minutes"), row.getInt("tier2_minutes"),
				row.getInt("tier3_minutes"), row.getInt("tier4_minutes"), row.getInt("warning_percent"));
		CaseCharges charges = new CaseCharges(id(row, "first_reply_charged_id"), id(row, "first_reply_charged_unit_id"),
				id(row, "resolution_charged_id"), id(row, "resolution_charged_unit_id"));
		String platform = row.getString("platform");
		PlatformTicket ticket = (platform != null) ? new PlatformTicket(Platform.valueOf(platform),
				row.getString("platform_ticket"), instant(row, "platform_due_at")) : null;
		return new DueCase(row.getLong("id"), row.getLong("version"), row.getString("number"), row.getString("summary"),
				CaseStatus.valueOf(row.getString("status")), row.getInt("tier"), instant(row, "tier_entered_at"),
				row.getInt("round"), row.getLong("calendar_id"), limits, instant(row, "registered_at"),
				instant(row, "resolution_started_at"), instant(row, "first_replied_at"), instant(row, "resolved_at"),
				instant(row, "first_reply_due_at"), instant(row, "resolution_due_at"),
				row.getBoolean("first_reply_late"), row.getBoolean("resolution_late"),
				row.getBoolean("return_visit_late"), instant(row, "due_at"), instant(row, "warn_at"),
				instant(row, "warned_due_at"), instant(row, "next_check_at"), id(row, "owner_id"),
				row.getLong("responsible_unit_id"), id(row, "responsible_id"), charges, ticket, pauses(row));
	}

	private static Long id(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : value;
	}

	/**
	 * The pauses, from the two arrays in the same order ({@code null}: still waiting).
	 */
	private static List<Interval> pauses(ResultSet row) throws SQLException {
		Instant[] paused = instants(row.getArray("paused"));
		Instant[] resumed = instants(row.getArray("resumed"));
		List<Interval> pauses = new ArrayList<>(paused.length);
		for (int i = 0; i < paused.length; i++) {
			pauses.add(new Interval(paused[i], resumed[i]));
		}
		return pauses;
	}

	private static Instant[] instants(Array array) throws SQLException {
		if (array == null) {
			return new Instant[0];
		}
		Object[] values = (Object[]) array.getArray();
		Instant[] instants = new Instant[values.length];
		for (int i = 0; i < values.length; i++) {
			instants[i] = (values[i] != null) ? ((Timestamp) values[i]).toInstant() : null;
		}
		return instants;
	}

}
