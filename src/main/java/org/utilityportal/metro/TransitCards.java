package org.utilityportal.metro;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metro.internal.CardQueries;
import org.utilityportal.metro.internal.CardWriter;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Transit cards: trips (touch in, touch out, charged by the shortest distance at the fare
 * version in force on the entry day) and top-ups, and the monthly statement. A customer
 * sees only their own cards (another card answers 404); staff views go to the access log.
 */
@Service
@RequiredArgsConstructor
public class TransitCards {

	private final CardQueries cards;

	private final CardWriter writer;

	private final MetroNetwork network;

	private final MetroFares fares;

	private final ServiceAccounts accounts;

	private final AccessLog accessLog;

	private final Clock clock;

	/**
	 * Records a trip: the distance is the shortest between the stations, the fare by
	 * distance and the discount by monthly spending come from the version in force on the
	 * entry day (business time zone). The month's spending is what the card was charged
	 * for the month's earlier rides (trips come from the gates in the order they were
	 * taken).
	 * @return the fare charged
	 * @throws IllegalArgumentException for an unknown station, an exit before the entry,
	 * or a day without fares
	 */
	@Transactional
	public Money recordTrip(long accountId, String entryCode, Instant entryAt, String exitCode, Instant exitAt) {
		metroAccount(accountId);
		if (exitAt.isBefore(entryAt)) {
			throw new IllegalArgumentException("A trip ends after it starts");
		}
		LocalDate day = LocalDate.ofInstant(entryAt, this.clock.getZone());
		FareQuote quote = this.fares.quote(entryCode, exitCode, day)
			.orElseThrow(() -> new IllegalArgumentException("No fare from " + entryCode + " to " + exitCode));
		Instant monthStart = YearMonth.from(day).atDay(1).atStartOfDay(this.clock.getZone()).toInstant();
		this.writer.lockCard(accountId);
		Money spentBefore = new Money(this.cards.spentBetween(accountId, monthStart, entryAt));
		MonthlyDiscount discount = quote.fareVersion().discount();
		Money charged = discount.charge(quote.fare().amount(), spentBefore);
		this.writer.insertTrip(new CardWriter.NewTrip(accountId, this.network.stationId(entryCode), entryAt,
				this.network.stationId(exitCode), exitAt, quote.route().km(), quote.fare().amount().amount(),
				spentBefore.amount(), discount.rate(spentBefore), charged.amount(), quote.fareVersion().id()));
		return charged;
	}

	/** Records a top-up of a positive amount. */
	@Transactional
	public void topUp(long accountId, Money amount, Instant at, TopUpChannel channel) {
		metroAccount(accountId);
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("A top-up is positive: " + amount);
		}
		this.writer.insertTopUp(accountId, amount.amount(), at, channel.name());
	}

	/** The balance of a card now. */
	@Transactional(readOnly = true)
	public Money balance(long accountId) {
		return new Money(this.cards.balanceBefore(accountId, this.clock.instant().plusNanos(1)));
	}

	/**
	 * A customer's own card statement.
	 * @throws NotFoundException when the account is not theirs or not a metro account
	 */
	@Transactional(readOnly = true)
	public CardStatement forCustomer(long customerId, String accountNumber, YearMonth month) {
		ServiceAccountView account = this.accounts.ownedBy(customerId, accountNumber);
		if (account.utility() != Utility.METRO) {
			throw new NotFoundException("Metro account");
		}
		return statement(account, month);
	}

	/**
	 * A card statement for staff, written to the access log.
	 * @throws NotFoundException when there is no such metro account
	 */
	@Transactional
	public CardStatement forStaff(long accountId, YearMonth month, PortalPrincipal staff, AccessChannel channel) {
		ServiceAccountView account = metroAccount(accountId);
		this.accessLog.record(staff, AccessAction.VIEW, channel, account.customerId(), null,
				"metro statement " + account.accountNumber() + " " + month);
		return statement(account, month);
	}

	/** The current month in the business time zone. */
	public YearMonth thisMonth() {
		return YearMonth.now(this.clock);
	}

	private CardStatement statement(ServiceAccountView account, YearMonth month) {
		Instant from = month.atDay(1).atStartOfDay(this.clock.getZone()).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(this.clock.getZone()).toInstant();
		Money opening = new Money(this.cards.balanceBefore(account.id(), from));
		List<CardStatement.TopUp> topUps = this.cards.topUps(account.id(), from, to)
			.stream()
			.map((row) -> new CardStatement.TopUp(row.at(), new Money(row.amount()),
					TopUpChannel.valueOf(row.channel())))
			.toList();
		Map<Money, List<CardStatement.Trip>> byFare = this.cards.trips(account.id(), from, to)
			.stream()
			.map((row) -> new CardStatement.Trip(row.entryAt(), station(row.entryCode()), row.exitAt(),
					station(row.exitCode()), row.km(), new Money(row.fare()), row.fareDocument(),
					new Money(row.distanceFare()), new Money(row.spentBefore()), row.rate().stripTrailingZeros()))
			.collect(Collectors.groupingBy(CardStatement.Trip::fare, TreeMap::new, Collectors.toList()));
		List<CardStatement.FareGroup> groups = byFare.entrySet()
			.stream()
			.map((entry) -> new CardStatement.FareGroup(entry.getKey(), entry.getValue().size(),
					new Money(entry.getKey().amount().multiply(BigDecimal.valueOf(entry.getValue().size()))),
					entry.getValue()))
			.toList();
		Money topUpTotal = topUps.stream().map(CardStatement.TopUp::amount).reduce(Money.ZERO, Money::plus);
		Money fareTotal = groups.stream().map(CardStatement.FareGroup::amount).reduce(Money.ZERO, Money::plus);
		return new CardStatement(account.id(), account.customerId(), account.accountNumber(),
				account.transitCardNumber(), month, opening, topUps, topUpTotal, groups, fareTotal,
				opening.plus(topUpTotal).minus(fareTotal));
	}

	private StationView station(String code) {
		return this.network.station(code).orElseThrow();
	}

	private ServiceAccountView metroAccount(long accountId) {
		ServiceAccountView account = this.accounts.view(accountId);
		if (account.utility() != Utility.METRO) {
			throw new NotFoundException("Metro account");
		}
		return account;
	}

}
