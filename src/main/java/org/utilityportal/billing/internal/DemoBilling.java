package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.Arrears;
import org.utilityportal.billing.BillingRuns;
import org.utilityportal.billing.PaymentMethod;
import org.utilityportal.billing.Payments;
import org.utilityportal.customer.MeteredAccount;
import org.utilityportal.customer.MeteredAccounts;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.Reading;
import org.utilityportal.metering.ReadingKind;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.money.Money;

/**
 * Demo data for billing: a year of monthly readings for the demo accounts, then the
 * billing runs of the last twelve months as they would have happened, with payments (one
 * account's by bank direct debit; its mandate is the payment module's demo), one account
 * left in arrears, one missing reading (an estimated bill corrected the month after), one
 * approved correction carried by a later bill and, through the demo tariffs, a step
 * crossed mid-year, a price change mid-period, a season price, a household on steps with
 * time-of-use prices and a two-part large customer with its power-factor adjustment. Runs
 * once, on an empty bill table. The accounts come from customer and the readings are
 * recorded through metering; {@link DemoBillingWriter} writes billing's own rows.
 */
@Slf4j
@Component
@ConditionalOnBooleanProperty("portal.demo-data.active")
@RequiredArgsConstructor
class DemoBilling implements ApplicationRunner {

	/** customer2's electricity: its reading four months ago is missing. */
	private static final String ESTIMATED = "E1000000002";

	/** 周记面馆's electricity: never paid, so it is in arrears. */
	private static final String IN_ARREARS = "E1000000008";

	/**
	 * customer1's electricity: paid by bank direct debit (the bank's returns of earlier
	 * months); one of its bills is corrected.
	 */
	private static final String DIRECT_DEBIT = "E1000000001";

	/** Above this many accounts the database holds generated data, not the demo. */
	private static final long MAX_ACCOUNTS = 10_000;

	private final DemoBillingWriter writer;

	private final ServiceAccounts accounts;

	private final MeteredAccounts meteredAccounts;

	private final MeterReadings meterReadings;

	private final BillingRuns runs;

	private final Payments payments;

	private final Arrears arrears;

	private final Clock clock;

	@Override
	public void run(ApplicationArguments args) {
		if (this.writer.bills() > 0) {
			return;
		}
		long accounts = this.accounts.count();
		if (accounts > MAX_ACCOUNTS) {
			// Generated load-test data: twelve real runs over it would hold up the start
			// for minutes, and the benchmarks make their own bills.
			log.info("Demo billing skipped: {} accounts is more than demo data", accounts);
			return;
		}
		LocalDate thisMonth = LocalDate.now(this.clock).withDayOfMonth(1);
		LocalDate firstMonth = thisMonth.minusMonths(12);
		List<DemoAccount> demoAccounts = this.meteredAccounts
			.page(0, Long.MAX_VALUE, List.of(), null, (int) MAX_ACCOUNTS)
			.stream()
			.filter((account) -> account.accountNumber().startsWith("1000000", 1))
			.map(DemoBilling::demoAccount)
			.toList();
		List<Reading> readings = new ArrayList<>();
		demoAccounts.forEach((account) -> readings(account, firstMonth, thisMonth, readings));
		this.meterReadings.saveAsGiven(readings);
		long inArrears = idOf(IN_ARREARS);
		long directDebit = idOf(DIRECT_DEBIT);
		for (LocalDate month = firstMonth; month.isBefore(thisMonth); month = month.plusMonths(1)) {
			var issued = month.plusMonths(1)
				.plusDays(2)
				.atTime(LocalTime.of(10, 0))
				.atZone(this.clock.getZone())
				.toInstant();
			this.runs.runAndWait(month, "admin1", issued);
			if (month.equals(thisMonth.minusMonths(6))) {
				this.writer.approvedCredit(directDebit, month);
			}
			pay(month, issued.plusSeconds(10L * 24 * 3600), inArrears, directDebit);
		}
		this.accounts.byNumber(IN_ARREARS)
			.ifPresent((account) -> this.writer.unansweredReminders(account.id(), account.customerId()));
		this.arrears.remind();
		log.info("Demo billing: {} bills for {} accounts over 12 months", this.writer.bills(), demoAccounts.size());
	}

	private long idOf(String accountNumber) {
		return this.accounts.byNumber(accountNumber).map((account) -> account.id()).orElse(-1L);
	}

	private static DemoAccount demoAccount(MeteredAccount account) {
		return new DemoAccount(account.id(), account.accountNumber(), account.utility().name(),
				account.tariffCategory().name(), account.supplyTerms().timeOfUse(),
				account.supplyTerms().powerFactorStandard() != null);
	}

	private void readings(DemoAccount account, LocalDate firstMonth, LocalDate thisMonth, List<Reading> readings) {
		BigDecimal total = BigDecimal.valueOf(1000 + Math.floorMod(account.number().hashCode(), 7) * 311L);
		readings.add(reading(account, firstMonth.minusDays(1), total, BigDecimal.ZERO));
		for (LocalDate month = firstMonth; month.isBefore(thisMonth); month = month.plusMonths(1)) {
			BigDecimal used = monthly(account, month);
			total = total.add(used);
			boolean missing = account.number().equals(ESTIMATED) && month.equals(thisMonth.minusMonths(4));
			if (!missing) {
				readings.add(reading(account, month.plusMonths(1).minusDays(1), total, used));
			}
		}
	}

	/**
	 * A month's consumption: a level per utility and category, with a summer and winter
	 * peak.
	 */
	private static BigDecimal monthly(DemoAccount account, LocalDate month) {
		int base = switch (account.utility() + "/" + account.category()) {
			case "ELECTRICITY/RESIDENTIAL" -> 260;
			case "ELECTRICITY/COMMERCIAL" -> 2600;
			case "ELECTRICITY/LARGE_INDUSTRY" -> 48000;
			case "ELECTRICITY/AGRICULTURAL" -> 900;
			case "WATER/RESIDENTIAL" -> 14;
			case "WATER/COMMERCIAL" -> 60;
			case "GAS/RESIDENTIAL" -> 28;
			default -> 2200;
		};
		int monthValue = month.getMonthValue();
		double season = (monthValue >= 6 && monthValue <= 8) ? 1.35 : (monthValue == 12 || monthValue <= 2) ? 1.2 : 1.0;
		double jitter = 0.9 + Math.floorMod(account.number().hashCode() * 31 + monthValue * 17, 20) / 100.0;
		return BigDecimal.valueOf(Math.round(base * season * jitter));
	}

	/**
	 * One reading: peak, flat and valley registers where the account pays by them (a
	 * household's two-register meter has no flat period), and for an account assessed on
	 * its power factor the reactive register (0.45 kvarh per kWh, a factor of 0.91) and
	 * the month's maximum demand.
	 */
	private static Reading reading(DemoAccount account, LocalDate day, BigDecimal total, BigDecimal used) {
		boolean household = "RESIDENTIAL".equals(account.category());
		boolean bands = "ELECTRICITY".equals(account.utility()) && (account.timeOfUse()
				|| "COMMERCIAL".equals(account.category()) || "LARGE_INDUSTRY".equals(account.category()));
		BigDecimal peak = bands ? share(total, household ? "0.65" : "0.30") : null;
		BigDecimal flat = bands ? (household ? BigDecimal.ZERO : share(total, "0.45")) : null;
		BigDecimal valley = bands ? total.subtract(peak).subtract(flat) : null;
		BigDecimal reactive = account.assessed() ? share(total, "0.45") : null;
		BigDecimal demand = account.assessed() ? used.divide(BigDecimal.valueOf(180), 0, RoundingMode.HALF_UP) : null;
		return new Reading(0, account.id(), day, ReadingSource.ACTUAL, ReadingKind.REGULAR, total, peak, flat, valley,
				null, null, null, false, "counter1",
				OffsetDateTime.of(day.atTime(16, 0), ZoneOffset.ofHours(8)).toInstant(), demand, reactive);
	}

	private static BigDecimal share(BigDecimal total, String fraction) {
		return total.multiply(new BigDecimal(fraction)).setScale(0, RoundingMode.HALF_UP);
	}

	private void pay(LocalDate month, java.time.Instant at, long inArrears, long directDebit) {
		for (DemoBillingWriter.Due bill : this.writer.due(month.plusMonths(1))) {
			if (bill.accountId() == inArrears) {
				continue;
			}
			PaymentMethod method = (bill.accountId() == directDebit) ? PaymentMethod.AUTO_BANK
					: (bill.accountId() % 3 == 0) ? PaymentMethod.ONLINE : PaymentMethod.CASH;
			String by = method.isAutomatic() ? "auto-deduction"
					: (method == PaymentMethod.ONLINE) ? "customer" : "counter1";
			String key = (method.isAutomatic() ? "auto-" : "demo-") + bill.billNumber();
			this.payments.takeAt(bill.accountId(), new Money(bill.charges()), method, key, by, at);
		}
	}

	private record DemoAccount(long id, String number, String utility, String category, boolean timeOfUse,
			boolean assessed) {
	}

}
