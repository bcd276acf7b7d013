package org.utilityportal.metering.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.utilityportal.metering.Reading;

/**
 * Writes the estimated readings of a chunk of the billing run in the caller's
 * transaction: their ids from the sequence in one round trip, then one JDBC batch. An
 * estimate keeps every register a real reading of the account has: time-of-use bands, the
 * maximum demand and the reactive register ({@code ReadingChecks.estimate}), so the next
 * bill, which opens on it, and a re-bill find them.
 */
@Component
@RequiredArgsConstructor
public class EstimateWriter {

	private final JdbcTemplate jdbc;

	/**
	 * Saves the estimates as entered by the billing run at {@code at}.
	 * @return their ids, in the order given
	 */
	public List<Long> write(List<Reading> estimates, Instant at) {
		if (estimates.isEmpty()) {
			return List.of();
		}
		List<Long> ids = this.jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('meter_reading', 'id')) from generate_series(1, ?)", Long.class,
				estimates.size());
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < estimates.size(); i++) {
			Reading reading = estimates.get(i);
			rows.add(new Object[] { ids.get(i), reading.accountId(), reading.readOn(), reading.source().name(),
					reading.kind().name(), reading.total(), reading.peak(), reading.flat(), reading.valley(),
					reading.maxDemand(), reading.reactive(), Timestamp.from(at) });
		}
		this.jdbc.batchUpdate("""
				insert into meter_reading (id, account_id, read_on, source, kind, total, peak, flat, valley,
				    max_demand, reactive, entered_by, entered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'billing', ?)
				""", rows);
		return ids;
	}

}
