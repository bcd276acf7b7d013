package org.utilityportal.customer.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the append-only change history of customers and their accounts: nothing here is
 * ever updated or deleted.
 */
@Component
@RequiredArgsConstructor
public class CustomerChangeWriter {

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

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static String cut(String value) {
		return (value != null && value.length() > 400) ? value.substring(0, 400) : value;
	}

}
