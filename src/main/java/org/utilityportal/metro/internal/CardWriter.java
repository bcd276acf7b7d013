package org.utilityportal.metro.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes transit card trips and top-ups, both append-only. */
@Component
@RequiredArgsConstructor
public class CardWriter {

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

	/** Saves a top-up. */
	public void insertTopUp(long accountId, BigDecimal amount, Instant at, String channel) {
		this.jdbc.sql("insert into metro_top_up (account_id, amount, topped_up_at, channel) values (?, ?, ?, ?)")
			.params(accountId, amount, utc(at), channel)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
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

}
