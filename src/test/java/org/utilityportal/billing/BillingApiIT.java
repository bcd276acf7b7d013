package org.utilityportal.billing;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.utilityportal.support.IntegrationTest;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tariffs, readings, bills and payments over the JSON API, with the pages' ownership
 * rules.
 */
class BillingApiIT extends IntegrationTest {

	@Test
	void anyoneReadsThePublishedTariffs() throws Exception {
		this.mvc.perform(get("/api/v1/tariffs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].tariff.nameEn", hasItem("Residential electricity")))
			.andExpect(jsonPath("$[0].inForce.structure.unit").exists());
	}

	@Test
	void priceOfficersDraftAndAnotherPublishes() throws Exception {
		long tariffId = this.jdbc.sql("select id from tariff where utility = 'GAS' and category = 'INDUSTRIAL'")
			.query(Long.class)
			.single();
		String body = """
				{"effectiveFrom": "%s", "documentNumber": "API 调价文件", "documentDate": "%s",
				 "structure": {"unit": "CUBIC_METRE", "energy": {"kind": "FLAT", "price": 3.25},
				               "tax": {"mode": "ADDED", "rate": 0.09}}}
				""".formatted(LocalDate.now(this.clock).plusMonths(3).withDayOfMonth(1), LocalDate.now(this.clock));
		String created = this.mvc
			.perform(post("/api/v1/tariffs/" + tariffId + "/versions").with(httpBasic("admin1", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long versionId = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
		this.mvc
			.perform(
					post("/api/v1/tariffs/versions/" + versionId + "/publish").with(httpBasic("admin1", DEMO_PASSWORD)))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(
					post("/api/v1/tariffs/versions/" + versionId + "/publish").with(httpBasic("admin2", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		this.mvc
			.perform(post("/api/v1/tariffs/" + tariffId + "/versions").with(httpBasic("counter1", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
	}

	@Test
	void readingsAreCheckedOnTheApiToo() throws Exception {
		long accountId = this.customers.openElectricity(this.customers.open("接口抄表"));
		String reading = "{\"readOn\": \"%s\", \"total\": %s}";
		this.mvc
			.perform(post("/api/v1/accounts/" + accountId + "/readings").with(httpBasic("counter1", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(reading.formatted(LocalDate.now(this.clock).minusDays(20), "500")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.source").value("ACTUAL"));
		this.mvc
			.perform(post("/api/v1/accounts/" + accountId + "/readings").with(httpBasic("counter1", DEMO_PASSWORD))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(reading.formatted(LocalDate.now(this.clock), "400")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.total").value(org.hamcrest.Matchers.startsWith("The reading is below")));
		this.mvc.perform(get("/api/v1/accounts/" + accountId + "/readings").with(httpBasic("customer1", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void customersReadTheirOwnBillsOnly() throws Exception {
		String own = latestBill("E1000000001");
		this.mvc.perform(get("/api/v1/bills/" + own).with(httpBasic("customer1", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bill.lines[0].quantity.unit").value("KWH"))
			.andExpect(jsonPath("$.bill.charges").exists());
		this.mvc.perform(get("/api/v1/bills/" + latestBill("E1000000002")).with(httpBasic("customer1", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPaymentRetriedOnTheApiIsTakenOnce() throws Exception {
		long accountId = this.jdbc.sql("select id from service_account where account_number = 'G1000000003'")
			.query(Long.class)
			.single();
		String body = "{\"amount\": 15.50, \"method\": \"CARD\", \"idempotencyKey\": \"api-retry-1\"}";
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/api/v1/accounts/" + accountId + "/payments").with(httpBasic("counter1", DEMO_PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.amount").value(15.50));
		}
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc.sql("select count(*) from payment where idempotency_key = 'api-api-retry-1'")
				.query(Long.class)
				.single())
			.isEqualTo(1);
		this.mvc
			.perform(post("/api/v1/accounts/" + accountId + "/payments").with(httpBasic("counter1", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\": -1, \"method\": \"CARD\", \"idempotencyKey\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.amount").exists());
	}

	private String latestBill(String accountNumber) {
		return this.jdbc.sql("""
				select b.bill_number from bill b join service_account a on a.id = b.account_id
				where a.account_number = ? order by b.period_from desc limit 1
				""").param(accountNumber).query(String.class).single();
	}

}
