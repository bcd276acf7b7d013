package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.identity.CustomerLogins;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.money.Money;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.tariff.SteppedTimeOfUseFixture;
import org.utilityportal.tariff.Tariffs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A household with a time-of-use meter on steps with time-of-use prices: its bills split
 * each step between peak and valley, and "what if" re-prices them without time-of-use
 * prices, at the counter and on the customer's bill page.
 */
class WhatIfIT extends IntegrationTest {

	@Autowired
	Tariffs tariffs;

	@Autowired
	ServiceAccounts accounts;

	@Autowired
	MeterReadings readings;

	@Autowired
	BillingRuns runs;

	@Autowired
	WhatIfs whatIfs;

	@Autowired
	CustomerLogins logins;

	@Test
	void aTimeOfUseHouseholdSeesWhatItsBillsWouldHaveCostWithoutTimeOfUsePrices() throws Exception {
		SteppedTimeOfUseFixture.publish(this.tariffs, this.jdbc, this.clock, 130);
		YearMonth last = YearMonth.now(this.clock).minusMonths(1);
		YearMonth before = last.minusMonths(1);
		this.clock.advance(Duration.ofDays(-100));
		long customerId = this.customers.open("分时比较");
		long accountId = SteppedTimeOfUseFixture.timeOfUseAccount(this.accounts, this.customers, customerId);
		this.clock.reset();
		assertThat(this.accounts.view(accountId).supplyTerms()).isEqualTo(new SupplyTerms(true, null, null, null));
		SteppedTimeOfUseFixture.reading(this.readings, this.customers, accountId, before.atDay(1).minusDays(1), "1000",
				"500");
		SteppedTimeOfUseFixture.reading(this.readings, this.customers, accountId, before.atEndOfMonth(), "1180", "560");
		SteppedTimeOfUseFixture.reading(this.readings, this.customers, accountId, last.atEndOfMonth(), "1630", "710");
		this.runs.runAndWait(before.atDay(1), "admin1", this.clock.instant());
		this.runs.runAndWait(last.atDay(1), "admin1", this.clock.instant());

		// Month before last, 240 kWh (180 peak, 60 valley), all in step 1: 180 × 0.5183 =
		// 93.29, 60 × 0.3083 = 18.50, billed 111.79; on the single price 240 × 0.4883 =
		// 117.19.
		// Last month, 600 kWh (450 peak, 150 valley), still in step 1 whichever year: 450
		// ×
		// 0.5183 = 233.24, 150 × 0.3083 = 46.25, billed 279.49; single price 600 × 0.4883
		// =
		// 292.98.
		// Twelve months: billed 391.28, without time-of-use 410.17, 18.89 more.
		// The month before last is unpaid when last month is billed: that bill also
		// charges its late-payment charge, which "what if" leaves out on both sides (it
		// does not depend on the tariff), so the comparison shows 279.49 for it.
		assertThat(this.whatIfs.options(this.accounts.view(accountId))).containsExactly(WhatIfScenario.SINGLE_RATE);
		this.mvc.perform(get("/counter/accounts/" + accountId + "/what-if").session(signIn("counter1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td class=\"num what-if-billed\">111.79</td>")))
			.andExpect(content().string(containsString("<td class=\"num what-if-billed\">279.49</td>")))
			.andExpect(content().string(containsString("<td class=\"num what-if-alternative\">117.19</td>")))
			.andExpect(content().string(containsString("<td class=\"num what-if-alternative\">292.98</td>")))
			.andExpect(content().string(containsString("id=\"what-if-billed-total\">391.28<")))
			.andExpect(content().string(containsString("id=\"what-if-alternative-total\">410.17<")))
			.andExpect(content().string(containsString("共需多付 ¥18.89")));
		assertThat(this.jdbc.sql("select count(*) from access_log where detail = ?")
			.param("what if " + this.customers.accountNumber(accountId))
			.query(Long.class)
			.single()).isEqualTo(1);

		String username = "tou-" + UUID.randomUUID().toString().substring(0, 8);
		this.logins.register(customerId, username, "Zhangdan2026", "分时比较");
		String lastBill = this.jdbc.sql("select bill_number from bill where account_id = ? order by period_from desc")
			.param(accountId)
			.query(String.class)
			.list()
			.getFirst();
		var session = (org.springframework.mock.web.MockHttpSession) this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user(username)
				.password("Zhangdan2026"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/my/bills/" + lastBill).session(session))
			.andExpect(content().string(containsString("第1档 600 千瓦时：峰段 450 × 0.5183，谷段 150 × 0.3083")))
			.andExpect(content().string(containsString("id=\"bill-what-if\"")))
			.andExpect(content().string(containsString("id=\"what-if-alternative-total\">410.17<")))
			.andExpect(content().string(containsString("id=\"what-if-leaves-out\"")));
		// The bill itself: 279.49 of electricity and ¥111.79 × 1‰ a day from the day
		// after the earlier bill's due date to the end of last month.
		LocalDate due = this.jdbc.sql("select due_date from bill where account_id = ? and period_from = ?")
			.params(accountId, before.atDay(1))
			.query(LocalDate.class)
			.single();
		long days = ChronoUnit.DAYS.between(due.plusDays(1), last.plusMonths(1).atDay(1));
		Money lateCharge = Money.rounded(new BigDecimal("0.11179").multiply(BigDecimal.valueOf(days)));
		assertThat(lateCharge.isPositive()).isTrue();
		assertThat(this.jdbc
			.sql("select sum(amount) from bill_line where kind = 'LATE_CHARGE' and bill_id = "
					+ "(select id from bill where bill_number = ?)")
			.param(lastBill)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(lateCharge.amount());
		assertThat(this.jdbc.sql("select charges from bill where bill_number = ?")
			.param(lastBill)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(Money.of("279.49").plus(lateCharge).amount());
	}

	@Test
	void aHouseholdWithoutChoiceSeesNoComparisonAndTheCounterCanStillCompareAnotherTariff() throws Exception {
		long customerId = this.customers.open("无选项");
		long accountId = this.customers.openElectricity(customerId);
		assertThat(this.whatIfs.options(this.accounts.view(accountId))).isEmpty();
		long commercial = this.jdbc
			.sql("select id from tariff where utility = 'ELECTRICITY' and category = 'COMMERCIAL'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(get("/counter/accounts/" + accountId + "/what-if").session(signIn("counter1"))
				.param("submitted", "true")
				.param("tariff", String.valueOf(commercial)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"what-if\"")))
			.andExpect(content().string(not(containsString("what-if-row"))));
		long water = this.jdbc.sql("select id from tariff where utility = 'WATER' and category = 'RESIDENTIAL'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(get("/counter/accounts/" + accountId + "/what-if").session(signIn("counter1"))
				.param("submitted", "true")
				.param("tariff", String.valueOf(water)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择同一类业务的已公布价格")));
		this.mvc.perform(get("/counter/accounts/" + accountId + "/what-if").session(signIn("customer1")))
			.andExpect(status().isForbidden());
	}

}
