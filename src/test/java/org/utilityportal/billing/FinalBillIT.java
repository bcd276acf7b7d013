package org.utilityportal.billing;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.Reading;
import org.utilityportal.shared.money.Money;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Closing an account takes a final reading and issues the final bill, then asks for the
 * credit to be refunded or keeps the debt; a transfer (过户) does the same and opens the
 * new owner's account on the same meter from the same reading. A refused final reading
 * leaves the account open.
 */
class FinalBillIT extends IntegrationTest {

	@Autowired
	private Bills bills;

	@Autowired
	private Payments payments;

	@Autowired
	private Refunds refunds;

	@Autowired
	private MeterReadings readings;

	@Test
	void closingTakesTheFinalReadingIssuesTheFinalBillAndAsksToRefundTheCredit() throws Exception {
		long account = this.testBills.accountWithBills(1, 200);
		long customer = this.bills.ofAccount(account).getFirst().customerId();
		BigDecimal last = latest(account).total();
		Money owed = this.payments.balance(account);
		this.payments.take(account, owed.plus(Money.of("100.00")), PaymentMethod.CASH, "final-" + account, "counter1");
		var clerk = signIn("counter1");
		this.mvc
			.perform(post("/counter/accounts/" + account + "/close").session(clerk)
				.with(csrf())
				.param("reason", "房屋出售")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("closeForm", "finalReading", "finalBill.error.reading"));
		this.mvc
			.perform(post("/counter/accounts/" + account + "/close").session(clerk)
				.with(csrf())
				.param("reason", "房屋出售")
				.param("finalReading", last.subtract(BigDecimal.TEN).toPlainString())
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrors("closeForm", "finalReading"));
		assertThat(status(account)).isEqualTo("OPEN");

		this.mvc
			.perform(post("/counter/accounts/" + account + "/close").session(clerk)
				.with(csrf())
				.param("reason", "房屋出售")
				.param("finalReading", last.add(BigDecimal.valueOf(30)).toPlainString())
				.param("version", "0"))
			.andExpect(redirectedUrl("/counter/customers/" + customer + "#accounts"));
		assertThat(status(account)).isEqualTo("CLOSED");
		BillView finalBill = this.bills.ofAccount(account).getFirst();
		assertThat(finalBill.isFinal()).isTrue();
		assertThat(finalBill.consumption()).isEqualByComparingTo("30");
		assertThat(finalBill.closingTotal()).isEqualByComparingTo(last.add(BigDecimal.valueOf(30)));
		Money credit = this.payments.balance(account).negate();
		assertThat(credit.isPositive()).isTrue();
		assertThat(this.refunds.ofAccount(account)).singleElement().satisfies((refund) -> {
			assertThat(refund.amount()).isEqualTo(credit);
			assertThat(refund.status()).isEqualTo("REQUESTED");
		});
	}

	@Test
	void aTransferClosesTheOldOwnersAccountAndOpensTheNewOwnersOnTheSameMeterAndReading() throws Exception {
		long account = this.testBills.accountWithBills(1, 150);
		BigDecimal last = latest(account).total();
		long newOwner = this.customers.open("新户主");
		String idNumber = this.customers.idNumber(newOwner);
		var clerk = signIn("counter1");
		this.mvc
			.perform(post("/counter/accounts/" + account + "/transfer").session(clerk)
				.with(csrf())
				.param("reason", "房屋过户")
				.param("finalReading", last.add(BigDecimal.valueOf(12)).toPlainString())
				.param("newOwnerIdNumber", "110105199001011234")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("closeForm", "newOwnerIdNumber", "transfer.error.newOwner"));
		assertThat(status(account)).isEqualTo("OPEN");
		this.mvc
			.perform(post("/counter/accounts/" + account + "/transfer").session(clerk)
				.with(csrf())
				.param("reason", "房屋过户")
				.param("finalReading", last.add(BigDecimal.valueOf(12)).toPlainString())
				.param("newOwnerIdNumber", idNumber)
				.param("version", "0"))
			.andExpect(redirectedUrl("/counter/customers/" + newOwner + "#accounts"));
		assertThat(status(account)).isEqualTo("CLOSED");
		assertThat(this.bills.ofAccount(account).getFirst().isFinal()).isTrue();
		List<Long> successors = this.jdbc
			.sql("select id from service_account where customer_id = ? and status = 'OPEN' and meter_number = "
					+ "(select meter_number from service_account where id = ?)")
			.params(newOwner, account)
			.query(Long.class)
			.list();
		assertThat(successors).hasSize(1);
		Reading opening = latest(successors.getFirst());
		assertThat(opening.total()).isEqualByComparingTo(last.add(BigDecimal.valueOf(12)));
		assertThat(opening.readOn()).isEqualTo(latest(account).readOn());
	}

	private Reading latest(long account) {
		return this.readings.history(account, 1).getFirst();
	}

	private String status(long account) {
		return this.jdbc.sql("select status from service_account where id = ?")
			.param(account)
			.query(String.class)
			.single();
	}

}
