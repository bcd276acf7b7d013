package org.utilityportal.metering.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.utilityportal.metering.MeterReadings;

/**
 * Writes opening readings of imported accounts in bulk on the caller's transaction: COPY
 * into a temporary table, then one insert that leaves out a day already read (a second
 * import of the same file adds nothing).
 */
@Component
@RequiredArgsConstructor
public class ReadingImportWriter {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	/** Records the readings not recorded yet; returns how many were. */
	public int write(List<MeterReadings.OpeningReading> readings, String by, Instant at) {
		this.jdbc.sql("""
				create temporary table if not exists opening_reading_in (
				    account_id bigint, read_on date, total numeric(14, 3)) on commit delete rows
				""").update();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (int from = 0; from < readings.size(); from += 50_000) {
				StringBuilder rows = new StringBuilder(1 << 20);
				readings.subList(from, Math.min(readings.size(), from + 50_000))
					.forEach((reading) -> rows.append(reading.accountId())
						.append('\t')
						.append(reading.readOn())
						.append('\t')
						.append(reading.total().toPlainString())
						.append('\n'));
				copy.copyIn("copy opening_reading_in (account_id, read_on, total) from stdin",
						new StringReader(rows.toString()));
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Importing readings failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		int written = this.jdbc.sql("""
				insert into meter_reading (account_id, read_on, source, kind, total, entered_by, entered_at)
				select distinct on (account_id, read_on) account_id, read_on, 'ACTUAL', 'REGULAR', total, ?, ?
				from opening_reading_in order by account_id, read_on
				on conflict (account_id, read_on) do nothing
				""").params(by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
		this.jdbc.sql("truncate opening_reading_in").update();
		return written;
	}

}
