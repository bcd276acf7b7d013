package org.utilityportal.metro.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Transit card trips and top-ups in PostgreSQL. */
@Component
@RequiredArgsConstructor
public class CardStore {

	private final JdbcClient jdbc;

	/** Saves a trip as charged. */
	public void insertTrip(NewTrip trip) {
		this.jdbc.sql("""
				insert into metro_trip (account_id, entry_station_id, entry_at, exit_station_id, exit_at,
				    distance_km, distance_fare, month_spent_before, discount_rate, fare, fare_version_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(trip.accountId(), trip.entryStation(), utc(trip.entryAt()), trip.exitStation(), utc(trip.exitAt()),
					trip.km(), trip.distanceFare(), trip.spentBefore(), trip.rate(), trip.fare(), trip.fareVersionId())
			.update();
	}

	/**
	 * Holds the card until the transaction ends, so two rides recorded at once do not
	 * both count the month's spending without the other.
	 */
	public void lockCard(long accountId) {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(accountId).query((row, index) -> 1).list();
	}

	/** What the card was charged for trips entered in {@code [from, before)}. */
	public BigDecimal spentBetween(long accountId, Instant from, Instant before) {
		return this.jdbc.sql("""
				select coalesce(sum(fare), 0) from metro_trip
				where account_id = ? and entry_at >= ? and entry_at < ?
				""").params(accountId, utc(from), utc(before)).query(BigDecimal.class).single();
	}

	/** Saves a top-up. */
	public void insertTopUp(long accountId, BigDecimal amount, Instant at, String channel) {
		this.jdbc.sql("insert into metro_top_up (account_id, amount, topped_up_at, channel) values (?, ?, ?, ?)")
			.params(accountId, amount, utc(at), channel)
			.update();
	}

	/** Top-ups minus fares before an instant: the balance then. */
	public BigDecimal balanceBefore(long accountId, Instant before) {
		return this.jdbc.sql("""
				select coalesce((select sum(amount) from metro_top_up where account_id = ? and topped_up_at < ?), 0)
				     - coalesce((select sum(fare) from metro_trip where account_id = ? and entry_at < ?), 0)
				""").params(accountId, utc(before), accountId, utc(before)).query(BigDecimal.class).single();
	}

	/** The trips entered in {@code [from, to)}, oldest first. */
	public List<TripRow> trips(long accountId, Instant from, Instant to) {
		return this.jdbc.sql("""
				select t.entry_at, en.code, t.exit_at, ex.code, t.distance_km, t.fare, v.document_number,
				       t.distance_fare, t.month_spent_before, t.discount_rate
				from metro_trip t
				join metro_station en on en.id = t.entry_station_id
				join metro_station ex on ex.id = t.exit_station_id
				join metro_fare_version v on v.id = t.fare_version_id
				where t.account_id = ? and t.entry_at >= ? and t.entry_at < ?
				order by t.entry_at, t.id
				""")
			.params(accountId, utc(from), utc(to))
			.query((row, index) -> new TripRow(row.getObject(1, OffsetDateTime.class).toInstant(), row.getString(2),
					row.getObject(3, OffsetDateTime.class).toInstant(), row.getString(4), row.getBigDecimal(5),
					row.getBigDecimal(6), row.getString(7), row.getBigDecimal(8), row.getBigDecimal(9),
					row.getBigDecimal(10)))
			.list();
	}

	/** The top-ups in {@code [from, to)}, oldest first. */
	public List<TopUpRow> topUps(long accountId, Instant from, Instant to) {
		return this.jdbc.sql("""
				select topped_up_at, amount, channel from metro_top_up
				where account_id = ? and topped_up_at >= ? and topped_up_at < ?
				order by topped_up_at, id
				""")
			.params(accountId, utc(from), utc(to))
			.query((row, index) -> new TopUpRow(row.getObject(1, OffsetDateTime.class).toInstant(),
					row.getBigDecimal(2), row.getString(3)))
			.list();
	}

	/** Whether an account has any trip or top-up (the demo loads once). */
	public boolean hasActivity(long accountId) {
		return this.jdbc.sql("""
				select exists (select 1 from metro_trip where account_id = ?)
				    or exists (select 1 from metro_top_up where account_id = ?)
				""").params(accountId, accountId).query(Boolean.class).single();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * A trip as stored.
	 *
	 * @param entryAt touched in
	 * @param entryCode entry station code
	 * @param exitAt touched out
	 * @param exitCode exit station code
	 * @param km distance
	 * @param fare fare charged
	 * @param fareDocument the fare version's price document
	 * @param distanceFare the fare by distance
	 * @param spentBefore charged for the month's earlier trips
	 * @param rate the discount rate applied
	 */
	public record TripRow(Instant entryAt, String entryCode, Instant exitAt, String exitCode, BigDecimal km,
			BigDecimal fare, String fareDocument, BigDecimal distanceFare, BigDecimal spentBefore, BigDecimal rate) {
	}

	/**
	 * A trip to save.
	 *
	 * @param accountId the card's account
	 * @param entryStation entry station id
	 * @param entryAt touched in
	 * @param exitStation exit station id
	 * @param exitAt touched out
	 * @param km shortest distance
	 * @param distanceFare the fare by distance
	 * @param spentBefore charged for the month's earlier trips
	 * @param rate the discount rate
	 * @param fare what is charged
	 * @param fareVersionId the fare version
	 */
	public record NewTrip(long accountId, long entryStation, Instant entryAt, long exitStation, Instant exitAt,
			BigDecimal km, BigDecimal distanceFare, BigDecimal spentBefore, BigDecimal rate, BigDecimal fare,
			long fareVersionId) {
	}

	/**
	 * A top-up as stored.
	 *
	 * @param at when
	 * @param amount how much
	 * @param channel where
	 */
	public record TopUpRow(Instant at, BigDecimal amount, String channel) {
	}

}
