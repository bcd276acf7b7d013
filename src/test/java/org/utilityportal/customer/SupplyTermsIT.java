package org.utilityportal.customer;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
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

/**
 * The counter records a large customer's supply terms (capacity, basic charge by demand,
 * power-factor standard) on a bimonthly electricity account; its readings then take the
 * maximum demand and the reactive register.
 */
class SupplyTermsIT extends IntegrationTest {

	@Test
	void aTwoPartAccountIsOpenedWithItsTermsAndItsReadingsCarryDemandAndReactiveEnergy() throws Exception {
		long customerId = this.customers.open("两部制工厂");
		MockHttpSession counter = signIn("counter1");
		this.mvc
			.perform(account(customerId).session(counter)
				.param("basicChargeBasis", "CAPACITY")
				.param("powerFactorStandard", "0.95"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "contractedKva", "validation.required"))
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "powerFactorStandard",
					"accountForm.powerFactorStandard"));
		this.mvc
			.perform(account(customerId).session(counter)
				.param("basicChargeBasis", "DEMAND")
				.param("contractedKva", "630")
				.param("powerFactorStandard", "0.90"))
			.andExpect(redirectedUrl("/counter/customers/" + customerId + "#accounts"));
		long accountId = this.jdbc.sql("select id from service_account where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql(
				"select billing_cycle || '|' || basic_charge_basis || '|' || contracted_kva || '|' || power_factor_standard"
						+ " from service_account where id = ?")
			.param(accountId)
			.query(String.class)
			.single()).isEqualTo("BIMONTHLY|DEMAND|630.0|0.90");
		this.mvc.perform(get("/counter/customers/" + customerId).session(counter))
			.andExpect(content().string(containsString("按最大需量 · 功率因数标准 0.90")));

		String readings = "/counter/accounts/" + accountId + "/readings";
		this.mvc.perform(get(readings).session(counter))
			.andExpect(content().string(containsString("id=\"maxDemand\"")))
			.andExpect(content().string(containsString("id=\"reactive\"")));
		this.mvc.perform(reading(readings, 40, "1000").session(counter))
			.andExpect(model().attributeHasFieldErrorCode("readingForm", "maxDemand", "validation.required"))
			.andExpect(model().attributeHasFieldErrorCode("readingForm", "reactive", "validation.required"));
		this.mvc
			.perform(reading(readings, 40, "1000").session(counter).param("maxDemand", "0").param("reactive", "300"))
			.andExpect(redirectedUrl(readings));
		this.mvc
			.perform(
					reading(readings, 10, "9000").session(counter).param("maxDemand", "420.5").param("reactive", "200"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("readingForm", "reactive", "reading.error.belowPrevious"));
		this.mvc.perform(
				reading(readings, 10, "9000").session(counter).param("maxDemand", "420.5").param("reactive", "4300"))
			.andExpect(redirectedUrl(readings));
		assertThat(this.jdbc.sql(
				"select max_demand || '|' || reactive from meter_reading where account_id = ? order by read_on desc limit 1")
			.param(accountId)
			.query(String.class)
			.single()).isEqualTo("420.500|4300.000");
		assertThat(this.jdbc.sql("select count(*) from customer_change where account_id = ? and field = 'timeOfUse'")
			.param(accountId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void onlyElectricityHasSupplyTerms() throws Exception {
		long customerId = this.customers.open("水务两部制");
		this.mvc
			.perform(post("/counter/customers/" + customerId + "/accounts").session(signIn("counter1"))
				.with(csrf())
				.param("utility", "WATER")
				.param("serviceAddress", "北京市东城区水表路 2 号")
				.param("meterNumber", "W-" + System.nanoTime() % 1_000_000_000L)
				.param("tariffCategory", "RESIDENTIAL")
				.param("billingCycle", "BIMONTHLY")
				.param("timeOfUse", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只适用于电力户号")));
		assertThat(this.jdbc.sql("select count(*) from service_account where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single()).isZero();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder account(long customerId) {
		return post("/counter/customers/" + customerId + "/accounts").with(csrf())
			.param("utility", "ELECTRICITY")
			.param("serviceAddress", "北京市顺义区工业园 " + customerId + " 号")
			.param("meterNumber", "TP-" + customerId)
			.param("tariffCategory", "INDUSTRIAL")
			.param("billingCycle", "BIMONTHLY");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder reading(String path, int daysAgo,
			String total) {
		return post(path).with(csrf())
			.param("readOn", LocalDate.now(this.clock).minusDays(daysAgo).toString())
			.param("total", total)
			.param("kind", "REGULAR")
			.param("confirmHighUsage", "true");
	}

}
