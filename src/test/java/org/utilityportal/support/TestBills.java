package org.utilityportal.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.BeanPropertyBindingResult;
import org.utilityportal.billing.BillingRuns;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.ReadingForm;
import org.utilityportal.metering.ReadingSource;

/**
 * Accounts with bills of their own, and clerks of their own, so a test that pays,
 * reverses or closes a day changes nothing another test reads.
 */
public class TestBills {

	private final TestCustomers customers;

	private final MeterReadings readings;

	private final BillingRuns runs;

	private final TestClock clock;

	private final JdbcClient jdbc;

	public TestBills(TestCustomers customers, MeterReadings readings, BillingRuns runs, TestClock clock,
			JdbcClient jdbc) {
		this.customers = customers;
		this.readings = readings;
		this.runs = runs;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * A residential electricity account of a new customer, opened before the first of
	 * {@code months} months that ended, with {@code kwh} used in each and one bill per
	 * month, issued two days after the month ended. The billing runs bill whatever else
	 * is due in those months too (other tests' accounts with readings).
	 */
	public long accountWithBills(int months, int kwh) {
		long accountId = accountWithReadings(months, kwh);
		YearMonth first = YearMonth.now(this.clock).minusMonths(months);
		for (int i = 0; i < months; i++) {
			bill(first.plusMonths(i));
		}
		return accountId;
	}

	/**
	 * A residential electricity account of a new customer, opened before the first of
	 * {@code months} months that ended, with a reading at the end of each, not billed
	 * yet.
	 */
	public long accountWithReadings(int months, int kwh) {
		YearMonth first = YearMonth.now(this.clock).minusMonths(months);
		LocalDate opened = first.atDay(1).minusDays(3);
		this.clock
			.advance(Duration.between(LocalDate.now(this.clock).atStartOfDay(), opened.atStartOfDay().plusHours(10)));
		long customerId = this.customers.open("账单测试");
		long accountId = this.customers.openElectricity(customerId);
		this.clock.reset();
		BigDecimal total = BigDecimal.valueOf(ThreadLocalRandom.current().nextInt(1000, 9000));
		reading(accountId, opened, total);
		for (int i = 0; i < months; i++) {
			total = total.add(BigDecimal.valueOf(kwh));
			reading(accountId, first.plusMonths(i).atEndOfMonth(), total);
		}
		return accountId;
	}

	/**
	 * Runs the billing of a month as it would have run, issued two days after it ended
	 * (it bills every account due then that has its readings).
	 */
	public void bill(YearMonth month) {
		this.runs.runAndWait(month.atDay(1), "admin1",
				month.plusMonths(1).atDay(3).atTime(10, 0).atZone(this.clock.getZone()).toInstant());
	}

	/** Records an actual reading by counter1. */
	public void reading(long accountId, LocalDate day, BigDecimal total) {
		ReadingForm form = new ReadingForm();
		form.setReadOn(day);
		form.setTotal(total);
		form.setConfirmHighUsage(true);
		var errors = new BeanPropertyBindingResult(form, "form");
		this.readings.record(accountId, form, this.customers.counter(), ReadingSource.ACTUAL, errors);
		if (errors.hasErrors()) {
			throw new IllegalStateException("Reading refused: " + errors.getAllErrors());
		}
	}

	/**
	 * A new member of staff with counter1's password and rights, in its role, with a work
	 * number of its own: a clerk whose day-end no other test touches.
	 * @return the sign-in name
	 */
	public String staff(String role, String prefix) {
		// A work number nobody has yet: the first free one from a random start, so tests
		// that make staff of their own never collide.
		String username = prefix + "-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		this.jdbc.sql("""
				insert into user_account (username, password_hash, role, display_name, work_number, org_unit_id,
				    may_reveal_personal_data)
				select ?, password_hash, ?, ?,
				       (select min(n)::text from generate_series(?, 99999) n
				        where not exists (select 1 from user_account u where u.work_number = n::text)),
				       org_unit_id, may_reveal_personal_data from user_account
				where username = 'counter1'
				""")
			.params(username, role, "测试 " + username, ThreadLocalRandom.current().nextInt(30000, 90000))
			.update();
		return username;
	}

}
