package org.utilityportal.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API input and request-level attacks of issue 13, one by one: date-times with and
 * without offsets, an absurd payment, an overlong idempotency key, a forged request with
 * a made-up {@code Authorization} header, anonymous multipart bodies.
 */
class ApiInputIT extends IntegrationTest {

	@Test
	void aCaseDateTimeWithAnOffsetMeansThatMoment() throws Exception {
		MockHttpSession customer = signIn("customer1");
		LocalDate yesterday = LocalDate.now(this.clock).minusDays(1);
		String utc = createCase(customer, yesterday + "T02:00:00Z");
		String beijing = createCase(customer, yesterday + "T10:00:00+08:00");
		Instant expected = Instant.parse(yesterday + "T02:00:00Z");
		assertThat(occurredAt(utc)).isEqualTo(expected);
		assertThat(occurredAt(beijing)).isEqualTo(expected);
	}

	@Test
	void aCaseDateTimeWithoutAnOffsetIsRefusedNamingTheField() throws Exception {
		this.mvc
			.perform(post("/api/v1/cases").session(signIn("customer1"))
				.with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(caseBody(LocalDate.now(this.clock).minusDays(1) + "T10:00:00")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.occurredAt").value(containsString("+08:00")));
	}

	/**
	 * The case API answers bad input in the API's one shape (issue 13): 400, a problem
	 * detail whose {@code errors} name each field with its message in the caller's
	 * language, never a message key.
	 */
	@Test
	void caseApiValidationErrorsNameEachFieldInTheCallersLanguage() throws Exception {
		MockHttpSession customer = signIn("customer1");
		MockHttpSession counter = signIn("counter1");
		String number = createCase(customer, LocalDate.now(this.clock).minusDays(1) + "T10:00:00+08:00");
		Map<String, String> required = Map.of("en", "This field is required.", "zh-CN", "此项必填。");
		Map<String, String> invalid = Map.of("en", "The request is not valid", "zh-CN", "请求内容有误");
		Map<String, String> blankSummary = new java.util.HashMap<>();
		for (String language : List.of("en", "zh-CN")) {
			this.mvc
				.perform(post("/api/v1/cases/" + number + "/comments").session(customer)
					.with(csrf())
					.header("Accept-Language", language)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"text\": \" \"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.title").value(invalid.get(language)))
				.andExpect(jsonPath("$.errors.text").value(required.get(language)));
			this.mvc
				.perform(post("/api/v1/cases/" + number + "/transitions").session(counter)
					.with(csrf())
					.header("Accept-Language", language)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"action\": \"NOTE\", \"version\": 0}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.text").value(required.get(language)));
			String body = this.mvc
				.perform(post("/api/v1/cases").session(customer)
					.with(csrf())
					.header("Accept-Language", language)
					.contentType(MediaType.APPLICATION_JSON)
					.content(caseBody(LocalDate.now(this.clock).minusDays(1) + "T10:00:00+08:00")
						.replace("\"summary\":\"时区\"", "\"summary\":\"\"")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.summary").isString())
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			blankSummary.put(language, body);
		}
		assertThat(blankSummary.get("en")).as("the English answer is not the Chinese one")
			.isNotEqualTo(blankSummary.get("zh-CN"))
			.doesNotContain("NotBlank", "validation.");
		assertThat(blankSummary.get("zh-CN")).doesNotContain("NotBlank", "validation.");
	}

	@Test
	void aPaymentOfATrillionYuanIsRefusedNamingTheAmount() throws Exception {
		long accountId = this.customers.openElectricity(this.customers.open("万亿缴费"));
		this.mvc
			.perform(post("/api/v1/accounts/" + accountId + "/payments").with(httpBasic("counter1", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\": 1000000000000, \"method\": \"CASH\", \"idempotencyKey\": \"trillion\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.amount").exists());
		assertThat(this.jdbc.sql("select count(*) from payment where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOverlongIdempotencyKeyOnTheCustomersPaymentFormIsRefused() throws Exception {
		String bill = this.jdbc.sql("""
				select b.bill_number from bill b join service_account a on a.id = b.account_id
				where a.account_number = 'E1000000001' order by b.period_from desc limit 1""")
			.query(String.class)
			.single();
		long payments = paymentsOfCustomer1();
		long orders = this.jdbc.sql("select count(*) from payment_order").query(Long.class).single();
		this.mvc
			.perform(post("/my/payments").session(signIn("customer1"))
				.with(csrf())
				.param("billNumber", bill)
				.param("provider", "sandbox")
				.param("token", "k".repeat(500)))
			.andExpect(status().isBadRequest());
		assertThat(paymentsOfCustomer1()).isEqualTo(payments);
		assertThat(this.jdbc.sql("select count(*) from payment_order").query(Long.class).single()).isEqualTo(orders);
	}

	@Test
	void aMadeUpAuthorizationHeaderDoesNotSkipTheCsrfCheck() throws Exception {
		MockHttpSession customer = signIn("customer1");
		this.mvc
			.perform(post("/api/v1/cases").session(customer)
				.header("Authorization", "Forged anything")
				.contentType(MediaType.APPLICATION_JSON)
				.content(caseBody(LocalDate.now(this.clock).minusDays(1) + "T10:00:00+08:00")))
			.andExpect(status().isForbidden());
		// A Basic header is judged by its own credentials, never by the session's cookie.
		this.mvc
			.perform(post("/api/v1/cases").session(customer)
				.header("Authorization", "Basic Y3VzdG9tZXIxOndyb25n")
				.contentType(MediaType.APPLICATION_JSON)
				.content(caseBody(LocalDate.now(this.clock).minusDays(1) + "T10:00:00+08:00")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anonymousMultipartBodiesAreRefusedBeforeTheyAreRead() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "legacy.csv", "text/csv", new byte[1024]);
		this.mvc.perform(multipart("/admin/imports").file(file)).andExpect(status().isUnauthorized());
		this.mvc.perform(multipart("/my/orders/new/G-READING").file(file)).andExpect(status().isUnauthorized());
		// A signed-in customer's 65 MB body is refused on its declared length, unread.
		this.mvc
			.perform(post("/my/orders/new/G-READING").session(signIn("customer1"))
				.with(csrf())
				.contentType("multipart/form-data; boundary=portal")
				.content(new byte[65 * 1024 * 1024]))
			.andExpect(status().isPayloadTooLarge());
	}

	private String createCase(MockHttpSession customer, String occurredAt) throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/cases").session(customer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(caseBody(occurredAt)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return created.replaceAll("(?s).*\"number\":\"(C[0-9]{10})\".*", "$1");
	}

	private static String caseBody(String occurredAt) {
		return """
				{"nature":"COMPLAINT","subject":"BILLING","utility":"ELECTRICITY","occurredAt":"%s",
				 "place":"家中","summary":"时区","details":"发生时间"}
				""".formatted(occurredAt);
	}

	private Instant occurredAt(String number) {
		return this.jdbc.sql("select occurred_at from service_case where number = ?")
			.param(number)
			.query(Instant.class)
			.single();
	}

	private long paymentsOfCustomer1() {
		return this.jdbc
			.sql("select count(*) from payment where customer_id = "
					+ "(select customer_id from user_account where username = 'customer1')")
			.query(Long.class)
			.single();
	}

}
