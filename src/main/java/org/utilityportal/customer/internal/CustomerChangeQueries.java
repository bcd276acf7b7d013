package org.utilityportal.customer.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the change history of customers and their accounts (the customer page). */
@Component
@RequiredArgsConstructor
public class CustomerChangeQueries {

	private final JdbcClient jdbc;

	/**
	 * The newest changes of a customer and its accounts, with the account number where it
	 * applies.
	 */
	public List<ChangeRow> changes(long customerId, int limit) {
		return this.jdbc.sql("""
				select c.changed_at, c.changed_by, a.account_number, c.field, c.old_value, c.new_value
				from customer_change c left join service_account a on a.id = c.account_id
				where c.customer_id = ? order by c.changed_at desc, c.id desc limit ?
				""")
			.params(customerId, limit)
			.query((row, index) -> new ChangeRow(row.getObject("changed_at", OffsetDateTime.class).toInstant(),
					row.getString("changed_by"), row.getString("account_number"), row.getString("field"),
					row.getString("old_value"), row.getString("new_value")))
			.list();
	}

	/** One recorded change as read back. */
	public record ChangeRow(Instant changedAt, String changedBy, String accountNumber, String field, String oldValue,
			String newValue) {
	}

}
