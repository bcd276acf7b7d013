package org.utilityportal.customer;

import org.junit.jupiter.api.Test;

import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Adding, editing and closing service accounts at the counter. */
class ServiceAccountsIT extends IntegrationTest {

	@Test
	void opensAnElectricityAccountWithAnAssignedNumber() throws Exception {
		long customerId = this.customers.open("开户测试");
		this.mvc
			.perform(post("/counter/customers/" + customerId + "/accounts").session(signIn("counter1"))
				.with(csrf())
				.param("utility", "ELECTRICITY")
				.param("serviceAddress", "北京市东城区开户路 1 号")
				.param("meterNumber", "db-7788-01")
				.param("tariffCategory", "RESIDENTIAL")
				.param("billingCycle", "MONTHLY"))
			.andExpect(redirectedUrl("/counter/customers/" + customerId + "#accounts"));
		var account = this.jdbc
			.sql("select account_number, meter_number, status from service_account where customer_id = ?")
			.param(customerId)
			.query((row, i) -> row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3))
			.single();
		assertThat(account).matches("E[0-9]{10}\\|DB-7788-01\\|OPEN");
		assertThat(
				this.jdbc.sql("select count(*) from customer_change where customer_id = ? and account_id is not null")
					.param(customerId)
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void aMeteredAccountNeedsItsMeterAddressCategoryAndCycle() throws Exception {
		long customerId = this.customers.open("缺项测试");
		this.mvc
			.perform(post("/counter/customers/" + customerId + "/accounts").session(signIn("counter1"))
				.with(csrf())
				.param("utility", "WATER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "serviceAddress", "validation.required"))
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "meterNumber", "validation.required"))
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "tariffCategory", "validation.required"))
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "billingCycle", "validation.required"));
		assertThat(accountsOf(customerId)).isZero();
	}

	@Test
	void aMetroAccountIsATransitCard() throws Exception {
		long customerId = this.customers.open("地铁测试");
		String card = String.valueOf(System.nanoTime()).substring(0, 12);
		this.mvc
			.perform(post("/counter/customers/" + customerId + "/accounts").session(signIn("counter1"))
				.with(csrf())
				.param("utility", "METRO")
				.param("transitCardNumber", "1234"))
			.andExpect(
					model().attributeHasFieldErrorCode("accountForm", "transitCardNumber", "validation.transitCard"));
		this.mvc
			.perform(post("/counter/customers/" + customerId + "/accounts").session(signIn("counter1"))
				.with(csrf())
				.param("utility", "METRO")
				.param("transitCardNumber", card))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select account_number from service_account where transit_card_number = ?")
			.param(card)
			.query(String.class)
			.single()).matches("M[0-9]{10}");
	}

	@Test
	void aMeterServesOneOpenAccountAtATime() throws Exception {
		long customerId = this.customers.open("表号测试");
		this.mvc
			.perform(post("/counter/customers/" + customerId + "/accounts").session(signIn("counter1"))
				.with(csrf())
				.param("utility", "ELECTRICITY")
				.param("serviceAddress", "北京")
				.param("meterNumber", "DB2024030101")
				.param("tariffCategory", "RESIDENTIAL")
				.param("billingCycle", "MONTHLY"))
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "meterNumber", "validation.meterInUse"));
		assertThat(accountsOf(customerId)).isZero();
	}

	@Test
	void closingKeepsTheAccountAndItsHistory() throws Exception {
		long customerId = this.customers.open("销户测试");
		long accountId = this.customers.openElectricity(customerId);
		this.mvc
			.perform(post("/counter/accounts/" + accountId + "/close").session(signIn("counter1"))
				.with(csrf())
				.param("reason", "")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("closeForm", "reason", "NotBlank"));
		this.mvc
			.perform(post("/counter/accounts/" + accountId + "/close").session(signIn("counter1"))
				.with(csrf())
				.param("reason", "房屋出售，办理销户")
				.param("finalReading", "0")
				.param("version", "0"))
			.andExpect(redirectedUrl("/counter/customers/" + customerId + "#accounts"));

		assertThat(this.jdbc.sql("select status || '|' || close_reason from service_account where id = ?")
			.param(accountId)
			.query(String.class)
			.single()).isEqualTo("CLOSED|房屋出售，办理销户");
		this.mvc.perform(get("/counter/customers/" + customerId).session(signIn("counter1")))
			.andExpect(content().string(containsString("已销户")))
			.andExpect(content().string(containsString("房屋出售，办理销户")));
	}

	@Test
	void anEditFromAnOldVersionIsRefused() throws Exception {
		long customerId = this.customers.open("户号并发");
		long accountId = this.customers.openElectricity(customerId);
		for (String address : new String[] { "北京市第一次 1 号", "北京市第二次 2 号" }) {
			this.mvc.perform(post("/counter/accounts/" + accountId).session(signIn("counter1"))
				.with(csrf())
				.param("serviceAddress", address)
				.param("meterNumber", "M" + accountId)
				.param("tariffCategory", "RESIDENTIAL")
				.param("billingCycle", "MONTHLY")
				.param("version", "0"));
		}
		assertThat(this.jdbc.sql("select service_address from service_account where id = ?")
			.param(accountId)
			.query(String.class)
			.single()).isEqualTo("北京市第一次 1 号");
	}

	private long accountsOf(long customerId) {
		return this.jdbc.sql("select count(*) from service_account where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single();
	}

}
