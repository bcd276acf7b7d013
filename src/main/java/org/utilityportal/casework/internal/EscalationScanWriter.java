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
 * {@link ServiceCase#checkDeadlines} made for a batch of cases, one statement each
 * whatever the number of cases. Everything else a case owns is written through the case.
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
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString();
	}

}
