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
 * Writes account-manager assignments and the contact log, both append-only apart from
 * ending an assignment.
 */
@Component
@RequiredArgsConstructor
public class KeyAccountWriter {

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

	/** Adds a visit or call to the contact log. */
	public void recordContact(long customerId, ContactKind kind, LocalDate on, String summary, Instant at, String by) {
		this.jdbc.sql("""
				insert into customer_contact (customer_id, kind, contacted_on, summary, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(customerId, kind.name(), on, summary, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

}
