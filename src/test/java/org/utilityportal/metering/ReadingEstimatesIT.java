package org.utilityportal.metering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimates of many accounts, read in one statement, are the ones the estimate rule
 * gives each account from its own history read alone (its latest reading before the day
 * and the readings of the year up to it, through the single-account reads).
 */
class ReadingEstimatesIT extends IntegrationTest {

	private static final LocalDate DAY = LocalDate.of(2026, 9, 30);

	@Autowired
	MeterReadings readings;

	@Test
	void theEstimatesOfManyAccountsAreEachAccountsOwnEstimateInOneStatement() {
		long plain = account(monthly(DAY.minusDays(1), 14, "1000", 100)
			// outside the history: after the day before, and older than a year before the
			// latest
			.and(regular(DAY, "99999"))
			.and(regular(DAY.plusDays(3), "99999"))
			.and(regular(DAY.minusDays(1).minusDays(366).minusDays(30), "1")));
		long atTheYearsEdge = account(new Readings().and(regular(DAY.minusDays(2).minusDays(365), "100"))
			.and(regular(DAY.minusDays(2).minusDays(366), "0"))
			.and(regular(DAY.minusDays(2), "465")));
		long timeOfUse = account(new Readings().and(bands(DAY.minusDays(61), "100", "200", "300", "10", "5"))
			.and(bands(DAY.minusDays(31), "130", "240", "330", "40", "8"))
			.and(bands(DAY.minusDays(2), "170", "280", "350", "75", "6")));
		long rollover = account(new Readings().and(regular(DAY.minusDays(62), "99000"))
			.and(new Reading(0, 0, DAY.minusDays(32), ReadingSource.ACTUAL, ReadingKind.ROLLOVER, new BigDecimal("500"),
					null, null, null, new BigDecimal("100000"), null, null, false, "test", Instant.EPOCH))
			.and(regular(DAY.minusDays(2), "2000")));
		long bandsWithoutBandedStart = account(new Readings().and(regular(DAY.minusDays(61), "100"))
			.and(bands(DAY.minusDays(2), "170", "280", "350", null, null)));
		long shortHistory = account(
				new Readings().and(regular(DAY.minusDays(12), "10")).and(regular(DAY.minusDays(2), "20")));
		long oneReading = account(new Readings().and(regular(DAY.minusDays(40), "10")));
		long readOnlyOnTheDay = account(new Readings().and(regular(DAY, "10")));
		long noReading = account(new Readings());
		List<Long> accounts = List.of(plain, atTheYearsEdge, timeOfUse, rollover, bandsWithoutBandedStart, shortHistory,
				oneReading, readOnlyOnTheDay, noReading);

		StatementCounter.reset();
		Map<Long, Reading> estimates = this.readings.estimates(accounts, DAY);
		long statements = StatementCounter.count();

		Map<Long, Reading> oneByOne = new HashMap<>();
		for (long accountId : accounts) {
			aloneEstimate(accountId, DAY).ifPresent((estimate) -> oneByOne.put(accountId, estimate));
		}
		assertThat(untimed(estimates)).isEqualTo(untimed(oneByOne));
		assertThat(estimates).containsOnlyKeys(plain, atTheYearsEdge, timeOfUse, rollover);
		assertThat(statements).isEqualTo(1);
		// 100 a month over the year before the latest reading (30 days apart each), one
		// day
		// more: 3.333 on the reading of the day before.
		assertThat(estimates.get(plain).total()).isEqualByComparingTo("2303.333");
		assertThat(estimates.get(plain).readOn()).isEqualTo(DAY);
		assertThat(estimates.get(plain).source()).isEqualTo(ReadingSource.ESTIMATED);
		// 365 used in 365 days: the reading a year before the latest counts, the one
		// before not.
		assertThat(estimates.get(atTheYearsEdge).total()).isEqualByComparingTo("467");
		assertThat(estimates.get(timeOfUse).peak()).isNotNull();
		assertThat(estimates.get(timeOfUse).maxDemand()).isEqualByComparingTo("6");
		assertThat(estimates.get(timeOfUse).reactive()).isNotNull();
	}

	@Test
	void aSavedEstimateKeepsTheMaximumDemandAndReactiveRegisterItWasEstimatedWith() {
		// A time-of-use account assessed on demand and power factor: a real reading
		// stores
		// max_demand and reactive, so its estimate must too, or the next bill (opening on
		// it) has no reactive energy to assess and a re-bill no demand to charge.
		long twoPart = account(new Readings().and(bands(DAY.minusDays(61), "100", "200", "300", "10", "5"))
			.and(bands(DAY.minusDays(31), "130", "240", "330", "40", "8"))
			.and(bands(DAY.minusDays(2), "170", "280", "350", "75", "6")));
		Reading estimate = this.readings.estimates(List.of(twoPart), DAY).get(twoPart);
		assertThat(estimate.maxDemand()).isEqualByComparingTo("6");
		assertThat(estimate.reactive()).isNotNull();

		long id = this.readings.saveEstimates(List.of(estimate), Instant.EPOCH).getFirst();

		Reading saved = this.readings.find(id).orElseThrow();
		assertThat(saved.source()).isEqualTo(ReadingSource.ESTIMATED);
		assertThat(saved.maxDemand()).isEqualByComparingTo(estimate.maxDemand());
		assertThat(saved.reactive()).isEqualByComparingTo(estimate.reactive());
		assertThat(saved.peak()).isEqualByComparingTo(estimate.peak());
	}

	@Test
	void noAccountsNoStatement() {
		StatementCounter.reset();
		assertThat(this.readings.estimates(List.of(), DAY)).isEmpty();
		assertThat(StatementCounter.count()).isZero();
	}

	/**
	 * The estimate of one account as it was made one account at a time: the latest
	 * reading before the day and the year of readings up to it, each read alone.
	 */
	private Optional<Reading> aloneEstimate(long accountId, LocalDate day) {
		return this.readings.lastOnOrBefore(accountId, day.minusDays(1)).flatMap((previous) -> {
			List<Reading> window = this.readings.since(accountId, previous.readOn().minusDays(365))
				.stream()
				.filter((reading) -> !reading.readOn().isAfter(previous.readOn()))
				.toList();
			return ReadingChecks.estimate(previous, window, day, Instant.EPOCH);
		});
	}

	private static Map<Long, Reading> untimed(Map<Long, Reading> estimates) {
		Map<Long, Reading> untimed = new HashMap<>();
		estimates.forEach((accountId, r) -> untimed.put(accountId,
				new Reading(r.id(), r.accountId(), r.readOn(), r.source(), r.kind(), r.total(), r.peak(), r.flat(),
						r.valley(), r.rolloverCapacity(), r.oldMeterFinal(), r.newMeterInitial(), r.highUsage(),
						r.enteredBy(), Instant.EPOCH, r.maxDemand(), r.reactive())));
		return untimed;
	}

	private long account(Readings given) {
		long accountId = this.customers.openElectricity(this.customers.open("估算测试"));
		this.readings.saveAsGiven(given.list.stream()
			.map((r) -> new Reading(0, accountId, r.readOn(), r.source(), r.kind(), r.total(), r.peak(), r.flat(),
					r.valley(), r.rolloverCapacity(), r.oldMeterFinal(), r.newMeterInitial(), false, "test",
					Instant.EPOCH, r.maxDemand(), r.reactive()))
			.toList());
		return accountId;
	}

	/**
	 * {@code count} readings 30 days apart up to {@code last}, {@code step} more each.
	 */
	private static Readings monthly(LocalDate last, int count, String first, int step) {
		Readings readings = new Readings();
		for (int i = 0; i < count; i++) {
			readings.and(regular(last.minusDays(30L * (count - 1 - i)),
					new BigDecimal(first).add(BigDecimal.valueOf((long) step * i)).toPlainString()));
		}
		return readings;
	}

	private static Reading regular(LocalDate day, String total) {
		return new Reading(0, 0, day, ReadingSource.ACTUAL, ReadingKind.REGULAR, new BigDecimal(total), null, null,
				null, null, null, null, false, "test", Instant.EPOCH);
	}

	private static Reading bands(LocalDate day, String peak, String flat, String valley, String reactive,
			String maxDemand) {
		BigDecimal p = new BigDecimal(peak);
		BigDecimal f = new BigDecimal(flat);
		BigDecimal v = new BigDecimal(valley);
		return new Reading(0, 0, day, ReadingSource.ACTUAL, ReadingKind.REGULAR, p.add(f).add(v), p, f, v, null, null,
				null, false, "test", Instant.EPOCH, (maxDemand != null) ? new BigDecimal(maxDemand) : null,
				(reactive != null) ? new BigDecimal(reactive) : null);
	}

	private static final class Readings {

		private final List<Reading> list = new ArrayList<>();

		Readings and(Reading reading) {
			this.list.add(reading);
			return this;
		}

	}

}
