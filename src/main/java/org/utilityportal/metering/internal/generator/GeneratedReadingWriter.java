package org.utilityportal.metering.internal.generator;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes generated meter readings with PostgreSQL's {@code COPY}, knows which accounts
 * have readings in a range already (those get none), and brings the planner's statistics
 * up to date afterwards.
 */
@Component
// Synthetic data is for demonstrations and benchmarks: it exists only with demo data on.
@ConditionalOnBooleanProperty("portal.demo-data.active")
@RequiredArgsConstructor
class GeneratedReadingWriter {

	private static final String COLUMNS = "account_id, read_on, source, kind, total, peak, flat, valley, "
			+ "entered_by, entered_at";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	/** Of these accounts, those with a reading on or after {@code since}. */
	Set<Long> readSince(Collection<Long> accountIds, LocalDate since) {
		return new HashSet<>(this.jdbc
			.sql("select distinct account_id from meter_reading where account_id = any(?::bigint[]) and read_on >= ?")
			.params(accountIds.toArray(Long[]::new), since)
			.query(Long.class)
			.list());
	}

	/** Sends rows of {@code account_id, read_on, …, entered_at} in COPY text format. */
	void write(String rows) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy meter_reading (" + COLUMNS + ") from stdin", new StringReader(rows));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Writing generated meter readings failed", ex);
		}
	}

	/** Brings the planner's statistics up to date. */
	void analyze() {
		this.jdbc.sql("analyze meter_reading").update();
	}

}
