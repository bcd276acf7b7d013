package org.utilityportal.customer.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.customer.ContactKind;

/**
 * Account-manager assignments and the contact log, both append-only apart from ending an
 * assignment.
 */
@Component
@RequiredArgsConstructor
public class KeyAccountRecords {

	private final JdbcClient jdbc;

	/**
	 * Ends the current assignment (if any) and starts a new one at the same instant.
	 * @return the manager who was replaced, or {@code null}
	 */
	public Long assign(long customerId, long managerId, Instant at, String by) {
		OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
		Long previous = this.jdbc.sql("""
				update account_manager_assignment set assigned_until = ?
				where customer_id = ? and assigned_until is null returning manager_id
				""").params(now, customerId).query(Long.class).optional().orElse(null);
		this.jdbc.sql("""
				insert into account_manager_assignment (customer_id, manager_id, assigned_from, assigned_by)
				values (?, ?, ?, ?)
				""").params(customerId, managerId, now, by).update();
		return previous;
	}

	/** Every assignment of a customer, current one first. */
	public List<AssignmentRow> assignments(long customerId) {
		return this.jdbc.sql("""
				select manager_id, assigned_from, assigned_until, assigned_by from account_manager_assignment
				where customer_id = ? order by assigned_from desc, id desc
				""")
			.param(customerId)
			.query((row, index) -> new AssignmentRow(row.getLong("manager_id"),
					row.getObject("assigned_from", OffsetDateTime.class).toInstant(),
					instant(row.getObject("assigned_until", OffsetDateTime.class)), row.getString("assigned_by")))
			.list();
	}

	public void recordContact(long customerId, ContactKind kind, LocalDate on, String summary, Instant at, String by) {
		this.jdbc.sql("""
				insert into customer_contact (customer_id, kind, contacted_on, summary, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(customerId, kind.name(), on, summary, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/** The newest contacts of a customer. */
	public List<ContactRow> contacts(long customerId, int limit) {
		return this.jdbc.sql("""
				select kind, contacted_on, summary, recorded_by, recorded_at from customer_contact
				where customer_id = ? order by contacted_on desc, id desc limit ?
				""")
			.params(customerId, limit)
			.query((row, index) -> new ContactRow(ContactKind.valueOf(row.getString("kind")),
					row.getObject("contacted_on", LocalDate.class), row.getString("summary"),
					row.getString("recorded_by"), row.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/** One assignment as stored. */
	public record AssignmentRow(long managerId, Instant from, Instant until, String assignedBy) {
	}

	/** One contact as stored. */
	public record ContactRow(ContactKind kind, LocalDate contactedOn, String summary, String recordedBy,
			Instant recordedAt) {
	}

}
