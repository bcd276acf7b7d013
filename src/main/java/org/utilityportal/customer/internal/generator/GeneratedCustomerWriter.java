package org.utilityportal.customer.internal.generator;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes generated customers, their mobile numbers and accounts with PostgreSQL's
 * {@code COPY}, in the order of the foreign keys; reserves their ids and numbers from the
 * sequences first, so the portal can keep working meanwhile; brings the planner's
 * statistics up to date afterwards.
 */
@Component
// Synthetic data is for demonstrations and benchmarks: it exists only with demo data on.
@ConditionalOnBooleanProperty("portal.demo-data.active")
@RequiredArgsConstructor
class GeneratedCustomerWriter {

	private static final String CUSTOMER_COLUMNS = "id, name, kind, id_type, id_number, address, preferred_language, "
			+ "key_account, vulnerable, green_channel, consent_purpose, consent_date, created_at, created_by";

	private static final String ACCOUNT_COLUMNS = "id, customer_id, utility, account_number, service_address, "
			+ "meter_number, tariff_category, billing_cycle, transit_card_number, opened_on";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	/** How many customers there are (generated numbers continue from there). */
	long customers() {
		return this.jdbc.sql("select count(*) from customer").query(Long.class).single();
	}

	/**
	 * Moves a sequence past {@code count} values and returns the first value reserved.
	 */
	long reserve(String sequence, long count) {
		long first = this.jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single() + 1;
		// The sequences step by 50 for Hibernate's pooled ids: leave a whole block free
		// after the range.
		this.jdbc.sql("select setval('" + sequence + "', ?)").param(first + count + 100).query(Long.class).single();
		return first;
	}

	/** Sends one batch of rows, each table's in COPY text format. */
	void write(String customers, String mobiles, String accounts) {
		try (Connection connection = this.dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("copy customer (" + CUSTOMER_COLUMNS + ") from stdin", new StringReader(customers));
			copy.copyIn("copy customer_mobile (customer_id, position, number) from stdin", new StringReader(mobiles));
			copy.copyIn("copy service_account (" + ACCOUNT_COLUMNS + ") from stdin", new StringReader(accounts));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Writing generated customers failed", ex);
		}
	}

	/** Brings the planner's statistics up to date. */
	void analyze() {
		this.jdbc.sql("analyze customer").update();
		this.jdbc.sql("analyze customer_mobile").update();
		this.jdbc.sql("analyze service_account").update();
	}

}
