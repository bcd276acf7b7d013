package org.utilityportal.metro;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.utilityportal.shared.money.Money;

/**
 * A transit card's monthly statement, read like a bill: the opening balance, the top-ups,
 * the trips grouped by fare (trips × fare = amount, each trip listed), the total of fares
 * and the closing balance. Exact: opening + top-ups − fares = closing, and the groups sum
 * to the total of fares. Trips belong to the month they were entered in.
 *
 * @param accountId the metro account
 * @param customerId the card holder
 * @param accountNumber its number
 * @param cardNumber the transit card
 * @param month the calendar month, in the business time zone
 * @param openingBalance the balance at the start of the month
 * @param topUps the top-ups in the month, oldest first
 * @param topUpTotal their sum
 * @param groups the trips grouped by fare, cheapest first
 * @param fareTotal the sum of the groups
 * @param closingBalance the balance at the end of the month
 */
public record CardStatement(long accountId, long customerId, String accountNumber, String cardNumber, YearMonth month,
		Money openingBalance, List<TopUp> topUps, Money topUpTotal, List<FareGroup> groups, Money fareTotal,
		Money closingBalance) {

	/** The month's trips in the order they were taken. */
	public List<Trip> trips() {
		return this.groups.stream()
			.flatMap((group) -> group.trips().stream())
			.sorted(java.util.Comparator.comparing(Trip::entryAt))
			.toList();
	}

	/** Whether any trip of the month was discounted. */
	public boolean discounted() {
		return trips().stream().anyMatch(Trip::discounted);
	}

	/** Number of trips in the month. */
	public int tripCount() {
		return this.groups.stream().mapToInt(FareGroup::count).sum();
	}

	/** The month before, for paging. */
	public YearMonth previousMonth() {
		return this.month.minusMonths(1);
	}

	/** The month after, for paging. */
	public YearMonth nextMonth() {
		return this.month.plusMonths(1);
	}

	/**
	 * One top-up.
	 *
	 * @param at when
	 * @param amount how much
	 * @param channel where
	 */
	public record TopUp(Instant at, Money amount, TopUpChannel channel) {
	}

	/**
	 * The trips at one fare: {@code count} trips × {@code fare} = {@code amount}.
	 *
	 * @param fare the fare of each trip
	 * @param count how many trips
	 * @param amount count × fare
	 * @param trips the trips, oldest first
	 */
	public record FareGroup(Money fare, int count, Money amount, List<Trip> trips) {
	}

	/**
	 * One trip.
	 *
	 * @param entryAt when the card touched in
	 * @param entry where
	 * @param exitAt when it touched out
	 * @param exit where
	 * @param km the shortest distance between them, km
	 * @param fare the fare charged
	 * @param fareDocument the price document of the fare version in force on the entry
	 * day
	 * @param distanceFare the fare by distance
	 * @param spentBefore what the card had been charged this month before the ride
	 * @param rate the share of the fare by distance charged (1, 0.8, 0.5)
	 */
	public record Trip(Instant entryAt, StationView entry, Instant exitAt, StationView exit, BigDecimal km, Money fare,
			String fareDocument, Money distanceFare, Money spentBefore, BigDecimal rate) {

		/** Whether the ride cost less than its fare by distance. */
		public boolean discounted() {
			return this.rate.compareTo(BigDecimal.ONE) < 0;
		}

		/** The rate as a percentage, e.g. 80. */
		public BigDecimal percent() {
			BigDecimal percent = this.rate.movePointRight(2).stripTrailingZeros();
			return (percent.scale() < 0) ? percent.setScale(0) : percent;
		}

	}

}
