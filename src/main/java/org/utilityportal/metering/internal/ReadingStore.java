package org.utilityportal.metering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.metering.Reading;
import org.utilityportal.metering.ReadingKind;
import org.utilityportal.metering.ReadingSource;

/** Meter readings in PostgreSQL. */
@Component
@RequiredArgsConstructor
public class ReadingStore {

	private static final String COLUMNS = "id, account_id, read_on, source, kind, total, peak, flat, valley, "
			+ "rollover_capacity, old_meter_final, new_meter_initial, high_usage, entered_by, entered_at, max_demand, "
			+ "reactive";

	private final JdbcClient jdbc;

	/** The newest readings of an account, newest first. */
	public List<Reading> latest(long accountId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from meter_reading where account_id = ? order by read_on desc limit ?")
			.params(accountId, limit)
			.query(ReadingStore::map)
			.list();
	}

	/** The readings of an account on or after a day, oldest first. */
	public List<Reading> since(long accountId, LocalDate from) {
		return this.jdbc
			.sql("select " + COLUMNS + " from meter_reading where account_id = ? and read_on >= ? order by read_on")
			.params(accountId, from)
			.query(ReadingStore::map)
			.list();
	}

	public Optional<Reading> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from meter_reading where id = ?")
			.param(id)
			.query(ReadingStore::map)
			.optional();
	}

	/** The latest reading on or before a day. */
	public Optional<Reading> lastOnOrBefore(long accountId, LocalDate day) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from meter_reading where account_id = ? and read_on <= ? order by read_on desc limit 1")
			.params(accountId, day)
			.query(ReadingStore::map)
			.optional();
	}

	public long insert(Reading reading) {
		return this.jdbc
			.sql("""
					insert into meter_reading (account_id, read_on, source, kind, total, peak, flat, valley, rollover_capacity,
					    old_meter_final, new_meter_initial, high_usage, entered_by, entered_at, max_demand, reactive)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(reading.accountId(), reading.readOn(), reading.source().name(), reading.kind().name(),
					reading.total(), reading.peak(), reading.flat(), reading.valley(), reading.rolloverCapacity(),
					reading.oldMeterFinal(), reading.newMeterInitial(), reading.highUsage(), reading.enteredBy(),
					OffsetDateTime.ofInstant(reading.enteredAt(), ZoneOffset.UTC), reading.maxDemand(),
					reading.reactive())
			.query(Long.class)
			.single();
	}

	public static Reading map(ResultSet row, int index) throws SQLException {
		return new Reading(row.getLong("id"), row.getLong("account_id"), row.getObject("read_on", LocalDate.class),
				ReadingSource.valueOf(row.getString("source")), ReadingKind.valueOf(row.getString("kind")),
				row.getBigDecimal("total"), row.getBigDecimal("peak"), row.getBigDecimal("flat"),
				row.getBigDecimal("valley"), row.getBigDecimal("rollover_capacity"),
				row.getBigDecimal("old_meter_final"), row.getBigDecimal("new_meter_initial"),
				row.getBoolean("high_usage"), row.getString("entered_by"),
				row.getObject("entered_at", OffsetDateTime.class).toInstant(), row.getBigDecimal("max_demand"),
				row.getBigDecimal("reactive"));
	}

}
