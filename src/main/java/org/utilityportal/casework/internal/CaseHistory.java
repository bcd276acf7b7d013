package org.utilityportal.casework.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.casework.CaseEvent;
import org.utilityportal.casework.EventKind;

/** The append-only history of cases (a trigger refuses updates and deletes). */
@Component
@RequiredArgsConstructor
public class CaseHistory {

	/** Who acted: a person, or the system ({@code system}). */
	public record Actor(String username, String name, String workNumber) {

		/** The portal itself (scheduled jobs, events from other modules). */
		public static final Actor SYSTEM = new Actor("system", "system", null);

	}

	private final JdbcClient jdbc;

	public void record(long caseId, Instant at, EventKind kind, Actor actor, boolean visible, String detail,
			String text) {
		this.jdbc.sql("""
				insert into case_event (case_id, occurred_at, kind, actor, actor_name, actor_work_number, visible,
				    detail, text)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(caseId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), kind.name(), actor.username(), actor.name(),
					actor.workNumber(), visible, cut(detail, 200), cut(text, 4000))
			.update();
	}

	/** Entries to write together, in one statement (the escalation scan's batches). */
	public Pending pending() {
		return new Pending();
	}

	/** Entries collected to be written together by {@link #write()}. */
	public final class Pending {

		private final List<Object[]> entries = new ArrayList<>();

		private Pending() {
		}

		/** Adds an entry (see {@link CaseHistory#record}). */
		public void record(long caseId, Instant at, EventKind kind, Actor actor, boolean visible, String detail,
				String text) {
			this.entries.add(new Object[] { caseId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString(),
					kind.name(), actor.username(), actor.name(), actor.workNumber(), visible, cut(detail, 200),
					cut(text, 4000) });
		}

		/**
		 * Writes the entries collected so far, in one statement, and starts again empty.
		 */
		public void write() {
			if (this.entries.isEmpty()) {
				return;
			}
			Object[] columns = new Object[9];
			for (int column = 0; column < columns.length; column++) {
				int index = column;
				columns[column] = switch (column) {
					case 0 -> this.entries.stream().map((entry) -> (Long) entry[index]).toArray(Long[]::new);
					case 6 -> this.entries.stream().map((entry) -> (Boolean) entry[index]).toArray(Boolean[]::new);
					default -> this.entries.stream().map((entry) -> (String) entry[index]).toArray(String[]::new);
				};
			}
			CaseHistory.this.jdbc.sql("""
					insert into case_event (case_id, occurred_at, kind, actor, actor_name, actor_work_number, visible,
					    detail, text)
					select * from unnest(?::bigint[], ?::timestamptz[], ?::varchar[], ?::varchar[], ?::varchar[],
					    ?::varchar[], ?::boolean[], ?::varchar[], ?::varchar[])
					""").params(columns).update();
			this.entries.clear();
		}

	}

	/** The history in order; only what the customer may see when {@code visibleOnly}. */
	public List<CaseEvent> events(long caseId, boolean visibleOnly) {
		return this.jdbc.sql("""
				select id, occurred_at, kind, actor, actor_name, actor_work_number, visible, detail, text
				from case_event where case_id = ? and (visible or not ?) order by occurred_at, id
				""")
			.params(caseId, visibleOnly)
			.query((row, index) -> new CaseEvent(row.getLong("id"),
					row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					EventKind.valueOf(row.getString("kind")), row.getString("actor"), row.getString("actor_name"),
					row.getString("actor_work_number"), row.getBoolean("visible"), row.getString("detail"),
					row.getString("text")))
			.list();
	}

	private static String cut(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

}
