package org.utilityportal.metro.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metro.TopUpChannel;
import org.utilityportal.metro.TransitCards;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Money;

/**
 * Demo data for the metro: three months of trips and top-ups on the demo transit cards
 * (customer1's M1000000001, commuting 安定门 – 国贸; 张伟's M1000000007, 北京大学东门 – 西单), with
 * weekend trips at other fares. Charged through {@link TransitCards} like real trips, so
 * each carries its distance and fare version. Runs once, when the cards have no activity;
 * the same every time (a fixed seed).
 */
@Slf4j
@Component
@ConditionalOnBooleanProperty("portal.demo-data.active")
@RequiredArgsConstructor
class DemoMetro implements ApplicationRunner {

	private static final Money TOP_UP = Money.of("100.00");

	private static final Money LOW = Money.of("15.00");

	private static final List<Rider> RIDERS = List.of(
			new Rider("M1000000001", "andingmen", "guomao", List.of("xidan", "beijing-south", "wukesong", "qianmen")),
			new Rider("M1000000007", "pku-east-gate", "xidan",
					List.of("pingguoyuan", "zhongguancun", "beijing-zoo", "guomao")));

	private final ServiceAccounts accounts;

	private final TransitCards cards;

	private final CardQueries activity;

	private final Clock clock;

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate first = today.withDayOfMonth(1).minusMonths(2);
		int trips = 0;
		for (Rider rider : RIDERS) {
			Long accountId = this.accounts.byNumber(rider.accountNumber())
				.filter((account) -> account.utility() == Utility.METRO)
				.map(ServiceAccountView::id)
				.orElse(null);
			if (accountId == null || this.activity.hasActivity(accountId)) {
				continue;
			}
			trips += ride(accountId, rider, first, today, new Random(rider.accountNumber().hashCode()));
		}
		if (trips > 0) {
			log.info("Demo metro: {} trips since {}", trips, first);
		}
	}

	private int ride(long accountId, Rider rider, LocalDate first, LocalDate today, Random random) {
		Money balance = Money.ZERO;
		int trips = 0;
		for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			if (!weekend && random.nextInt(10) < 9) {
				balance = trip(accountId, rider.home(), rider.work(), at(day, 7, 40 + random.nextInt(50)), balance);
				balance = trip(accountId, rider.work(), rider.home(), at(day, 17, 50 + random.nextInt(90)), balance);
				trips += 2;
			}
			else if (weekend && random.nextInt(3) == 0) {
				String outing = rider.outings().get(random.nextInt(rider.outings().size()));
				balance = trip(accountId, rider.home(), outing, at(day, 10, random.nextInt(60)), balance);
				balance = trip(accountId, outing, rider.home(), at(day, 16, random.nextInt(120)), balance);
				trips += 2;
			}
		}
		return trips;
	}

	private Money trip(long accountId, String from, String to, Instant entry, Money balance) {
		Money now = balance;
		if (now.compareTo(LOW) < 0) {
			TopUpChannel channel = TopUpChannel.values()[Math.floorMod(entry.hashCode(), TopUpChannel.values().length)];
			this.cards.topUp(accountId, TOP_UP, entry.minusSeconds(300), channel);
			now = now.plus(TOP_UP);
		}
		Instant exit = entry.plusSeconds(25L * 60);
		return now.minus(this.cards.recordTrip(accountId, from, entry, to, exit));
	}

	private Instant at(LocalDate day, int hour, int minutes) {
		return day.atTime(LocalTime.of(hour, 0).plusMinutes(minutes)).atZone(this.clock.getZone()).toInstant();
	}

	private record Rider(String accountNumber, String home, String work, List<String> outings) {
	}

}
