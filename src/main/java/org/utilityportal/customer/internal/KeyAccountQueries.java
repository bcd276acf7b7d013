package org.utilityportal.customer.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.customer.ContactKind;

/** Reads account-manager assignments and the contact log (the customer page). */
@Component
@RequiredArgsConstructor
public class KeyAccountQueries {

	private final JdbcClient jdbc;

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
