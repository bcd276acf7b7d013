package org.utilityportal.casework.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The escalation scan's set-based writes: the escalations and history entries that
 * {@link ServiceCase#checkDeadlines} made for the cases it looked at, and those cases'
 * changed clocks, one statement each whatever the number of cases. Everything else a case
 * owns is written through the case.
 */
@Component
@RequiredArgsConstructor
public class EscalationScanWriter {

	private final JdbcClient jdbc;

	/**
	 * Writes the escalations (a repeated one, which the row locks of the scan rule out,
	 * is left out by the unique key) and the history entries.
	 */
	public void write(List<CaseEscalation> escalations, List<HistoryEntry> entries) {
		if (!escalations.isEmpty()) {
			this.jdbc.sql("""
					insert into case_escalation (case_id, round, tier, reason, escalated_at, escalated_by)
					select * from unnest(?::bigint[], ?::integer[], ?::integer[], ?::varchar[], ?::timestamptz[],
					    ?::varchar[])
					on conflict (case_id, round, tier) do nothing
					""")
				.params(longs(escalations, (e) -> e.getServiceCase().getId()),
						ints(escalations, CaseEscalation::getRound), ints(escalations, CaseEscalation::getTier),
						strings(escalations, (e) -> e.getReason().name()),
						strings(escalations, (e) -> utc(e.getEscalatedAt())),
						strings(escalations, CaseEscalation::getEscalatedBy))
				.update();
		}
		if (!entries.isEmpty()) {
			this.jdbc.sql("""
					insert into case_event (case_id, occurred_at, kind, actor, actor_name, actor_work_number, visible,
					    detail, text)
					select * from unnest(?::bigint[], ?::timestamptz[], ?::varchar[], ?::varchar[], ?::varchar[],
					    ?::varchar[], ?::boolean[], ?::varchar[], ?::varchar[])
					""")
				.params(longs(entries, (e) -> e.getServiceCase().getId()),
						strings(entries, (e) -> utc(e.getOccurredAt())), strings(entries, (e) -> e.getKind().name()),
						strings(entries, HistoryEntry::getActorUsername), strings(entries, HistoryEntry::getActorName),
						strings(entries, HistoryEntry::getActorWorkNumber),
						entries.stream().map(HistoryEntry::isVisible).toArray(Boolean[]::new),
						strings(entries, HistoryEntry::getDetail), strings(entries, HistoryEntry::getText))
				.update();
		}
	}

	/**
	 * Writes what {@link ServiceCase#checkDeadlines} changed on each case (tier,
	 * lateness, whom the lateness counts for, deadlines, warning, next check) in one
	 * statement, moving each version on. Each row is updated only at the version it was
	 * read at (the scan holds the row locks, so it always is).
	 * @throws IllegalStateException when a case changed since it was read: the scan's
	 * transaction then writes nothing
	 */
	public void update(List<ServiceCase> cases) {
		if (cases.isEmpty()) {
			return;
		}
		int updated = this.jdbc.sql("""
				update service_case c set tier = u.tier, tier_entered_at = u.tier_entered_at,
				    first_reply_late = u.first_reply_late, resolution_late = u.resolution_late,
				    return_visit_late = u.return_visit_late, first_reply_due_at = u.first_reply_due_at,
				    resolution_due_at = u.resolution_due_at, due_at = u.due_at, warn_at = u.warn_at,
				    warned_due_at = u.warned_due_at, next_check_at = u.next_check_at,
				    first_reply_charged_id = u.fr_id, first_reply_charged_unit_id = u.fr_unit,
				    resolution_charged_id = u.res_id, resolution_charged_unit_id = u.res_unit,
				    version = c.version + 1
				from unnest(?::bigint[], ?::bigint[], ?::integer[], ?::timestamptz[], ?::boolean[], ?::boolean[],
				    ?::boolean[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[],
				    ?::timestamptz[], ?::timestamptz[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
				    as u(id, version, tier, tier_entered_at, first_reply_late, resolution_late, return_visit_late,
				         first_reply_due_at, resolution_due_at, due_at, warn_at, warned_due_at, next_check_at,
				         fr_id, fr_unit, res_id, res_unit)
				where c.id = u.id and c.version = u.version
				""")
			.params(longs(cases, ServiceCase::getId), longs(cases, ServiceCase::getVersion),
					ints(cases, ServiceCase::getTier), strings(cases, (c) -> utc(c.getTierEnteredAt())),
					flags(cases, ServiceCase::isFirstReplyLate), flags(cases, ServiceCase::isResolutionLate),
					flags(cases, ServiceCase::isReturnVisitLate), strings(cases, (c) -> utc(c.getFirstReplyDueAt())),
					strings(cases, (c) -> utc(c.getResolutionDueAt())), strings(cases, (c) -> utc(c.getDueAt())),
					strings(cases, (c) -> utc(c.getWarnAt())), strings(cases, (c) -> utc(c.getWarnedDueAt())),
					strings(cases, (c) -> utc(c.getNextCheckAt())),
					longs(cases, (c) -> c.charges().firstReplyChargedId()),
					longs(cases, (c) -> c.charges().firstReplyChargedUnitId()),
					longs(cases, (c) -> c.charges().resolutionChargedId()),
					longs(cases, (c) -> c.charges().resolutionChargedUnitId()))
			.update();
		if (updated != cases.size()) {
			throw new IllegalStateException(
					"The escalation scan updated " + updated + " of " + cases.size() + " cases: one changed meanwhile");
		}
	}

	private static <T> Boolean[] flags(List<T> rows, Function<T, Boolean> column) {
		return rows.stream().map(column).toArray(Boolean[]::new);
	}

	private static <T> Long[] longs(List<T> rows, Function<T, Long> column) {
		return rows.stream().map(column).toArray(Long[]::new);
	}

	private static <T> Integer[] ints(List<T> rows, Function<T, Integer> column) {
		return rows.stream().map(column).toArray(Integer[]::new);
	}

	private static <T> String[] strings(List<T> rows, Function<T, String> column) {
		return rows.stream().map(column).toArray(String[]::new);
	}

	private static String utc(Instant at) {
		return (at != null) ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString() : null;
	}

}
