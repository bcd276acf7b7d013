package org.utilityportal.metering;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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

/** Entering readings at the counter and by customers, with every check. */
class ReadingsIT extends IntegrationTest {

	@Test
	void aReadingBelowThePreviousIsRefusedUnlessARolloverIsRecorded() throws Exception {
		long accountId = account();
		var session = signIn("counter1");
		this.mvc.perform(reading(accountId, 40, "99990").session(session)).andExpect(redirectedUrl(path(accountId)));
		this.mvc.perform(reading(accountId, 10, "120").session(session))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("readingForm", "total", "reading.error.belowPrevious"))
			.andExpect(content().string(containsString("读数低于上次读数 99990")));
		assertThat(readings(accountId)).isEqualTo(1);

		this.mvc.perform(reading(accountId, 10, "120", "ROLLOVER").param("rolloverCapacity", "100000").session(session))
			.andExpect(redirectedUrl(path(accountId)));
		assertThat(readings(accountId)).isEqualTo(2);
	}

	@Test
	void consumptionFarAboveTheUsualNeedsAConfirmationAndIsFlagged() throws Exception {
		long accountId = account();
		var session = signIn("counter1");
		this.mvc.perform(reading(accountId, 100, "1000").session(session));
		this.mvc.perform(reading(accountId, 70, "1300").session(session));
		this.mvc.perform(reading(accountId, 40, "1600").session(session));
		this.mvc.perform(reading(accountId, 10, "4600").session(session))
			.andExpect(model().attributeHasFieldErrorCode("readingForm", "confirmHighUsage", "reading.error.highUsage"))
			.andExpect(content().string(containsString("请核实读数")));
		assertThat(readings(accountId)).isEqualTo(3);
		this.mvc.perform(reading(accountId, 10, "4600").param("confirmHighUsage", "true").session(session))
			.andExpect(redirectedUrl(path(accountId)));
		assertThat(
				this.jdbc.sql("select high_usage from meter_reading where account_id = ? order by read_on desc limit 1")
					.param(accountId)
					.query(Boolean.class)
					.single())
			.isTrue();
	}

	@Test
	void futureDatesAndOutOfOrderDatesAreRefused() throws Exception {
		long accountId = account();
		var session = signIn("counter1");
		this.mvc.perform(reading(accountId, -3, "10").session(session))
			.andExpect(model().attributeHasFieldErrorCode("readingForm", "readOn", "validation.notInFuture"));
		this.mvc.perform(reading(accountId, 5, "10").session(session));
		this.mvc.perform(reading(accountId, 8, "20").session(session))
			.andExpect(model().attributeHasFieldErrorCode("readingForm", "readOn", "reading.error.notAfterLatest"));
	}

	@Test
	void customersSubmitTheirOwnReadingsAndNobodyElses() throws Exception {
		var session = signIn("customer1");
		this.mvc.perform(get("/my/accounts/E1000000001/readings").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/my/accounts/E1000000002/readings").session(session)).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/my/accounts/E1000000002/readings").session(session)
				.with(csrf())
				.param("readOn", LocalDate.now(this.clock).toString())
				.param("total", "999999"))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder reading(long accountId, int daysAgo, String total) {
		return reading(accountId, daysAgo, total, "REGULAR");
	}

	private MockHttpServletRequestBuilder reading(long accountId, int daysAgo, String total, String kind) {
		return post(path(accountId)).with(csrf())
			.param("readOn", LocalDate.now(this.clock).minusDays(daysAgo).toString())
			.param("total", total)
			.param("kind", kind);
	}

	private long account() {
		return this.customers.openElectricity(this.customers.open("抄表测试"));
	}

	private static String path(long accountId) {
		return "/counter/accounts/" + accountId + "/readings";
	}

	private long readings(long accountId) {
		return this.jdbc.sql("select count(*) from meter_reading where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single();
	}

}
