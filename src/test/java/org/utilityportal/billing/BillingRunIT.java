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

	private void reading(long accountId, LocalDate day, String total) {
		ReadingForm form = new ReadingForm();
		form.setReadOn(day);
		form.setTotal(new BigDecimal(total));
		var errors = new BeanPropertyBindingResult(form, "form");
		this.readings.record(accountId, form, this.customers.counter(), ReadingSource.ACTUAL, errors);
		assertThat(errors.getAllErrors()).isEmpty();
	}

}
