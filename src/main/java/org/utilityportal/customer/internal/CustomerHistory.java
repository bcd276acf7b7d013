package org.utilityportal.customer.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only change history of customers and their accounts, and the contact log.
 * Nothing here is ever updated or deleted.
 */
@Component
@RequiredArgsConstructor
public class CustomerHistory {

	private final JdbcClient jdbc;

	/**
	 * Records changes of a customer ({@code accountId} null) or of one of its accounts.
	 */
	public void record(long customerId, Long accountId, Instant at, String by, List<FieldChange> changes) {
		for (FieldChange change : changes) {
			this.jdbc
				.sql("""
						insert into customer_change (customer_id, account_id, changed_at, changed_by, field, old_value, new_value)
						values (?, ?, ?, ?, ?, ?, ?)
						""")
				.params(customerId, accountId, utc(at), by, change.field(), cut(change.oldValue()),
						cut(change.newValue()))
				.update();
		}
	}

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

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static String cut(String value) {
		return (value != null && value.length() > 400) ? value.substring(0, 400) : value;
	}

	/** One recorded change as read back. */
	public record ChangeRow(Instant changedAt, String changedBy, String accountNumber, String field, String oldValue,
			String newValue) {
	}

}
