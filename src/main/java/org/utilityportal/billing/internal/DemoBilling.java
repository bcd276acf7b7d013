package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.Arrears;
import org.utilityportal.billing.BillingRuns;
import org.utilityportal.billing.PaymentMethod;
import org.utilityportal.billing.Payments;
import org.utilityportal.shared.money.Money;

/**
 * Demo data for billing: a year of monthly readings for the demo accounts, then the
 * billing runs of the last twelve months as they would have happened, with payments (one
 * account's by bank direct debit; its mandate is the payment module's demo), one account
 * left in arrears, one missing reading (an estimated bill corrected the month after), one
 * approved correction carried by a later bill and, through the demo tariffs, a step
 * crossed mid-year, a price change mid-period and a season price. Runs once, on an empty
 * bill table.
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

	private final JdbcClient jdbc;

	private final BillingRuns runs;

	private final Payments payments;

	private final Arrears arrears;

	private final Clock clock;

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from bill").query(Long.class).single() > 0) {
			return;
		}
		long accounts = this.jdbc.sql("select count(*) from service_account").query(Long.class).single();
		if (accounts > MAX_ACCOUNTS) {
			// Generated load-test data: twelve real runs over it would hold up the start
			// for minutes, and the benchmarks make their own bills.
			log.info("Demo billing skipped: {} accounts is more than demo data", accounts);
			return;
		}
		LocalDate thisMonth = LocalDate.now(this.clock).withDayOfMonth(1);
		LocalDate firstMonth = thisMonth.minusMonths(12);
		List<DemoAccount> demoAccounts = this.jdbc.sql("""
				select id, account_number, utility, tariff_category from service_account
				where utility <> 'METRO' and status = 'OPEN' and account_number like '_1000000%' order by id
				""")
			.query((row, index) -> new DemoAccount(row.getLong(1), row.getString(2), row.getString(3),
					row.getString(4)))
			.list();
		demoAccounts.forEach((account) -> readings(account, firstMonth, thisMonth));
		for (LocalDate month = firstMonth; month.isBefore(thisMonth); month = month.plusMonths(1)) {
			var issued = month.plusMonths(1)
				.plusDays(2)
				.atTime(LocalTime.of(10, 0))
				.atZone(this.clock.getZone())
				.toInstant();
			this.runs.runAndWait(month, "admin1", issued);
			if (month.equals(thisMonth.minusMonths(6))) {
				correction(month);
			}
			pay(month, issued.plusSeconds(10L * 24 * 3600));
		}
		reminders();
		this.arrears.remind();
		log.info("Demo billing: {} bills for {} accounts over 12 months",
				this.jdbc.sql("select count(*) from bill").query(Long.class).single(), demoAccounts.size());
	}

	private void readings(DemoAccount account, LocalDate firstMonth, LocalDate thisMonth) {
		boolean bands = "ELECTRICITY".equals(account.utility())
				&& ("COMMERCIAL".equals(account.category()) || "LARGE_INDUSTRY".equals(account.category()));
		BigDecimal total = BigDecimal.valueOf(1000 + Math.floorMod(account.number().hashCode(), 7) * 311L);
		insert(account, firstMonth.minusDays(1), total, bands);
		for (LocalDate month = firstMonth; month.isBefore(thisMonth); month = month.plusMonths(1)) {
			total = total.add(monthly(account, month));
			boolean missing = account.number().equals(ESTIMATED) && month.equals(thisMonth.minusMonths(4));
			if (!missing) {
				insert(account, month.plusMonths(1).minusDays(1), total, bands);
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

	private void insert(DemoAccount account, LocalDate day, BigDecimal total, boolean bands) {
		BigDecimal peak = bands ? total.multiply(new BigDecimal("0.30")).setScale(0, java.math.RoundingMode.HALF_UP)
				: null;
		BigDecimal flat = bands ? total.multiply(new BigDecimal("0.45")).setScale(0, java.math.RoundingMode.HALF_UP)
				: null;
		BigDecimal valley = bands ? total.subtract(peak).subtract(flat) : null;
		this.jdbc
			.sql("""
					insert into meter_reading (account_id, read_on, source, kind, total, peak, flat, valley, entered_by, entered_at)
					values (?, ?, 'ACTUAL', 'REGULAR', ?, ?, ?, ?, 'counter1', ?)
					""")
			.params(account.id(), day, total, peak, flat, valley,
					OffsetDateTime.of(day.atTime(16, 0), ZoneOffset.ofHours(8)))
			.update();
	}

	/**
	 * counter1 asked and supervisor1 approved a credit on customer1's bill of this month.
	 */
	private void correction(LocalDate month) {
		this.jdbc
			.sql("""
					insert into bill_adjustment (bill_id, account_id, kind, amount, reason, requested_by, requested_at, status,
					    decided_by, decided_at)
					select b.id, b.account_id, 'CREDIT', 20.00, '抄表录入错误，多计 40 千瓦时，退还多收电费', 'counter1',
					       b.issued_at + interval '5 days', 'APPROVED', 'supervisor1', b.issued_at + interval '6 days'
					from bill b join service_account a on a.id = b.account_id
					where a.account_number = ? and b.period_from = ?
					""")
			.params(DIRECT_DEBIT, month)
			.update();
	}

	private void pay(LocalDate month, java.time.Instant at) {
		record Due(long accountId, String accountNumber, String billNumber, BigDecimal charges) {
		}
		List<Due> bills = this.jdbc.sql("""
				select b.account_id, a.account_number, b.bill_number, b.charges from bill b
				join service_account a on a.id = b.account_id where b.period_to = ? and b.charges > 0
				""")
			.param(month.plusMonths(1))
			.query((row, index) -> new Due(row.getLong(1), row.getString(2), row.getString(3), row.getBigDecimal(4)))
			.list();
		for (Due bill : bills) {
			if (bill.accountNumber().equals(IN_ARREARS)) {
				continue;
			}
			PaymentMethod method = bill.accountNumber().equals(DIRECT_DEBIT) ? PaymentMethod.AUTO_BANK
					: (bill.accountId() % 3 == 0) ? PaymentMethod.ONLINE : PaymentMethod.CASH;
			String by = method.isAutomatic() ? "auto-deduction"
					: (method == PaymentMethod.ONLINE) ? "customer" : "counter1";
			String key = (method.isAutomatic() ? "auto-" : "demo-") + bill.billNumber();
			this.payments.takeAt(bill.accountId(), new Money(bill.charges()), method, key, by, at);
		}
	}

	/** Two written reminders for the account in arrears, months ago, never answered. */
	private void reminders() {
		this.jdbc.sql("""
				insert into arrears_notice (account_id, customer_id, kind, issued_on, balance, oldest_due, bills)
				select ab.account_id, a.customer_id, 'REMINDER', ab.oldest_unpaid_due + r.days,
				       (select sum(b.charges) from bill b where b.account_id = ab.account_id
				          and b.due_date < ab.oldest_unpaid_due + r.days),
				       ab.oldest_unpaid_due,
				       array(select b.bill_number from bill b where b.account_id = ab.account_id
				               and b.due_date < ab.oldest_unpaid_due + r.days order by b.due_date)
				from account_balance ab join service_account a on a.id = ab.account_id, (values (15), (45)) as r(days)
				where a.account_number = ? and ab.oldest_unpaid_due is not null
				""").param(IN_ARREARS).update();
	}

	private record DemoAccount(long id, String number, String utility, String category) {
	}

}
