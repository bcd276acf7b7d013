package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.BeanPropertyBindingResult;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.ReadingForm;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The billing run over real accounts, readings and the demo tariffs. */
class BillingRunIT extends IntegrationTest {

	@Autowired
	private BillingRuns runs;

	@Autowired
	private MeterReadings readings;

	@Test
	void billsAnAccountOnceWithItsLinesAddingUp() {
		// The account has been open for three months.
		this.clock.advance(Duration.ofDays(-90));
		long customerId = this.customers.open("账单测试");
		long accountId = this.customers.openElectricity(customerId);
		this.clock.reset();
		LocalDate month = LocalDate.now(this.clock).withDayOfMonth(1).minusMonths(1);
		reading(accountId, month.minusDays(1), "1000");
		reading(accountId, month.plusMonths(1).minusDays(1), "1250");

		BillingRunView run = this.runs.runAndWait(month, "test", this.clock.instant());

		assertThat(run.status()).isEqualTo("COMPLETED");
		var bill = this.jdbc.sql("select charges, consumption, amount_due from bill where account_id = ?")
			.param(accountId)
			.query((row, i) -> row.getBigDecimal(1) + "|" + row.getBigDecimal(2) + "|" + row.getBigDecimal(3))
			.single();
		assertThat(bill).startsWith("122.08|250.000|122.08");
		BigDecimal lines = this.jdbc
			.sql("select sum(amount) from bill_line where bill_id = (select id from bill where account_id = ?)")
			.param(accountId)
			.query(BigDecimal.class)
			.single();
		assertThat(lines).isEqualByComparingTo("122.08");

		BillingRunView again = this.runs.runAndWait(month, "test", this.clock.instant());
		assertThat(again.billsIssued()).isZero();
		assertThat(this.jdbc.sql("select count(*) from bill where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aRunThatFailedIsRestartedAndBillsEachAccountOnce() throws InterruptedException {
		this.clock.advance(Duration.ofDays(-90));
		long customerId = this.customers.open("重启测试");
		long first = this.customers.openElectricity(customerId);
		long failing = this.customers.openElectricity(customerId);
		long last = this.customers.openElectricity(customerId);
		this.clock.reset();
		LocalDate month = LocalDate.now(this.clock).withDayOfMonth(1).minusMonths(1);
		for (long account : new long[] { first, failing, last }) {
			reading(account, month.minusDays(1), "2000");
			reading(account, month.plusMonths(1).minusDays(1), "2100");
		}
		// The database refuses one bill, as a crash would stop the run mid-way.
		BillingRunView failed = stopMidWay(month, failing);
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.canRestart()).isTrue();
		assertThat(billsOf(failing)).isZero();

		this.runs.restart(failed.id());
		BillingRunView restarted = awaitEnd(failed.id());

		assertThat(restarted.status()).isEqualTo("COMPLETED");
		for (long account : new long[] { first, failing, last }) {
			assertThat(billsOf(account)).as("bills of account %d", account).isEqualTo(1);
		}
	}

	@Test
	void aRunWhoseInstanceDiedIsFinishedByAnotherInstanceBillingEachAccountOnce() throws InterruptedException {
		this.clock.advance(Duration.ofDays(-90));
		long customerId = this.customers.open("接管测试");
		long[] accounts = { this.customers.openElectricity(customerId), this.customers.openElectricity(customerId),
				this.customers.openElectricity(customerId) };
		this.clock.reset();
		LocalDate month = LocalDate.now(this.clock).withDayOfMonth(1).minusMonths(1);
		for (long account : accounts) {
			reading(account, month.minusDays(1), "3000");
			reading(account, month.plusMonths(1).minusDays(1), "3100");
		}
		BillingRunView stopped = stopMidWay(month, accounts[1]);
		// What a dead instance leaves behind: the run and its job still marked started,
		// its
		// heartbeat fresh for a while, then stale.
		diedOn(stopped.id(), "dead-instance", "now()");
		assertThat(this.runs.run(stopped.id()).running()).as("alive while its heartbeat is fresh").isTrue();
		assertThat(this.runs.takeOverAbandoned()).isZero();
		assertThatThrownBy(() -> this.runs.restart(stopped.id())).isInstanceOf(IllegalStateException.class);

		diedOn(stopped.id(), "dead-instance", "now() - interval '5 minutes'");
		BillingRunView abandoned = this.runs.run(stopped.id());
		assertThat(abandoned.running()).isFalse();
		assertThat(abandoned.canRestart()).isTrue();
		assertThat(this.runs.takeOverAbandoned()).isGreaterThanOrEqualTo(1);

		BillingRunView finished = awaitEnd(stopped.id());
		assertThat(finished.status()).isEqualTo("COMPLETED");
		assertThat(finished.owner().takenOverFrom()).isEqualTo("dead-instance");
		assertThat(finished.owner().instance()).isNotEqualTo("dead-instance");
		for (long account : accounts) {
			assertThat(billsOf(account)).as("bills of account %d", account).isEqualTo(1);
		}
		assertThat(this.runs.takeOverAbandoned()).as("nothing left to take over").isZero();
	}

	/** A run that billed part of the month and stopped on one account's bill. */
	private BillingRunView stopMidWay(LocalDate month, long failing) {
		this.jdbc.sql("""
				create function test_refuse_bill() returns trigger language plpgsql as $$
				begin
				    if new.account_id = %d then raise exception 'simulated failure'; end if;
				    return new;
				end $$
				""".formatted(failing)).update();
		try {
			this.jdbc.sql(
					"create trigger test_refuse_bill before insert on bill for each row execute function test_refuse_bill()")
				.update();
			return this.runs.runAndWait(month, "test", this.clock.instant());
		}
		finally {
			this.jdbc.sql("drop trigger if exists test_refuse_bill on bill").update();
			this.jdbc.sql("drop function if exists test_refuse_bill()").update();
		}
	}

	private void diedOn(long runId, String instance, String heartbeat) {
		this.jdbc
			.sql("update billing_run set status = 'STARTED', finished_at = null, instance = ?, heartbeat_at = "
					+ heartbeat + " where id = ?")
			.params(instance, runId)
			.update();
		long execution = this.jdbc.sql("select job_execution_id from billing_run where id = ?")
			.param(runId)
			.query(Long.class)
			.single();
		this.jdbc
			.sql("update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN', end_time = null "
					+ "where job_execution_id = ?")
			.param(execution)
			.update();
		this.jdbc
			.sql("update batch_step_execution set status = 'STARTED', exit_code = 'EXECUTING', end_time = null "
					+ "where job_execution_id = ? and status = 'FAILED'")
			.param(execution)
			.update();
	}

	private BillingRunView awaitEnd(long runId) throws InterruptedException {
		BillingRunView run = this.runs.run(runId);
		for (int wait = 0; wait < 600 && (run.running() || "STARTED".equals(run.status())); wait++) {
			Thread.sleep(50);
			run = this.runs.run(runId);
		}
		return run;
	}

	private long billsOf(long accountId) {
		return this.jdbc.sql("select count(*) from bill where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	private void reading(long accountId, LocalDate day, String total) {
		ReadingForm form = new ReadingForm();
		form.setReadOn(day);
		form.setTotal(new BigDecimal(total));
		var errors = new BeanPropertyBindingResult(form, "form");
		this.readings.record(accountId, form, this.customers.counter(), ReadingSource.ACTUAL, errors);
		assertThat(errors.getAllErrors()).isEmpty();
	}

}
