package org.utilityportal.metro.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads transit card trips and top-ups: the month's spending, balances, statements. */
@Component
@RequiredArgsConstructor
public class CardQueries {

	private final JdbcClient jdbc;

	/** What the card was charged for trips entered in {@code [from, before)}. */
	public BigDecimal spentBetween(long accountId, Instant from, Instant before) {
		return this.jdbc.sql("""
				select coalesce(sum(fare), 0) from metro_trip
				where account_id = ? and entry_at >= ? and entry_at < ?
				""").params(accountId, utc(from), utc(before)).query(BigDecimal.class).single();
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
	 * A top-up as stored.
	 *
	 * @param at when
	 * @param amount how much
	 * @param channel where
	 */
	public record TopUpRow(Instant at, BigDecimal amount, String channel) {
	}

}
