package org.utilityportal.casework.internal.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.db.CopyRows;

/**
 * Writes generated cases with their owned rows in bulk, with PostgreSQL's {@code COPY},
 * table by table in the order of the foreign keys (the database adds each batch to the
 * daily figures as it arrives, V151); reserves their ids and numbers from the sequences
 * first, so the portal can keep working meanwhile; brings the planner's statistics up to
 * date afterwards.
 */
@Component
// Synthetic data is for demonstrations and benchmarks: it exists only with demo data on.
@ConditionalOnBooleanProperty("portal.demo-data.active")
@RequiredArgsConstructor
class GeneratedCaseWriter {

	private static final String CASE_COLUMNS = "id, number, channel, nature, subject, utility, customer_id, account_id, "
			+ "contact_name, contact_phone, occurred_at, place, summary, details, staff_work_number, severity, impact, "
			+ "sensitive, amount, owner_id, owner_work_number, responsible_unit_id, responsible_id, status, tier, "
			+ "tier_entered_at, round, policy_id, calendar_id, all_hours, first_reply_minutes, resolution_minutes, "
			+ "return_visit_minutes, tier2_minutes, tier3_minutes, tier4_minutes, warning_percent, registered_at, "
			+ "resolution_started_at, first_replied_at, resolved_at, closed_at, first_reply_due_at, resolution_due_at, "
			+ "first_reply_late, resolution_late, return_visit_late, due_at, warn_at, warned_due_at, next_check_at, "
			+ "final_reply, repeat_of_id, created_by, version, first_reply_all_hours, first_reply_charged_id, "
			+ "first_reply_charged_unit_id, resolution_charged_id, resolution_charged_unit_id, repeat_charged_id, "
			+ "handling_minutes, platform, platform_ticket, platform_due_at";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	/** Empty rows for the next batch of cases. */
	CaseLife.Tables tables() {
		return new CaseLife.Tables(new CopyRows("service_case", CASE_COLUMNS),
				new CopyRows("case_pause", "case_id, paused_at, resumed_at"),
				new CopyRows("case_escalation", "case_id, round, tier, reason, escalated_at, escalated_by"),
				new CopyRows("return_visit",
						"case_id, round, method, attitude, speed, result, overall, remark, visited_at, recorded_by, "
								+ "charged_id, charged_unit_id"),
				new CopyRows("case_event",
						"case_id, occurred_at, kind, actor, actor_name, actor_work_number, visible, detail, text"));
	}

	/** Sends the rows collected so far and empties them. */
	void write(CaseLife.Tables tables) {
		try (Connection connection = this.dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (CopyRows rows : List.of(tables.cases(), tables.pauses(), tables.escalations(), tables.visits(),
					tables.events())) {
				rows.flush(copy);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Writing generated cases failed", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reserves {@code count} case ids; returns the first. */
	long reserveIds(long count) {
		return reserve("service_case_id_seq", count);
	}

	/** Reserves {@code count} case numbers; returns the first. */
	long reserveNumbers(long count) {
		return reserve("case_number_seq", count);
	}

	/** Brings the planner's statistics of the case tables up to date. */
	void analyze() {
		for (String table : List.of("service_case", "case_event", "case_escalation", "return_visit", "case_pause",
				"case_daily_figures", "case_monthly_figures", "case_open_figures")) {
			this.jdbc.sql("analyze " + table).update();
		}
	}

	/**
	 * Moves a sequence past {@code count} values and returns the first value reserved.
	 */
	private long reserve(String sequence, long count) {
		long first = this.jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single() + 1;
		// service_case_id_seq steps by 50 for Hibernate's pooled ids: leave whole blocks
		// free after the range.
		this.jdbc.sql("select setval('" + sequence + "', ?)").param(first + count + 100).query(Long.class).single();
		return first;
	}

}
