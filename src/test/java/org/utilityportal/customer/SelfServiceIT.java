package org.utilityportal.customer;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.notification.internal.DevelopmentTextSink;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TextMessages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Online registration, my accounts, contact details, and never anyone else's data. */
class SelfServiceIT extends IntegrationTest {

	@Autowired
	private DevelopmentTextSink sink;

	@Test
	void aCustomerRegistersWithTheCodeTextedToTheirMobileThenSeesTheirAccounts() throws Exception {
		long customerId = this.customers.open("注册测试");
		String number = this.customers.accountNumber(this.customers.openElectricity(customerId));
		String username = "reg-" + UUID.randomUUID().toString().substring(0, 8);

		MockHttpSession visitor = requestCode(number);
		String code = TextMessages.latestCode(this.jdbc, this.customers.firstMobile(customerId));
		this.mvc.perform(register(visitor, code, username)).andExpect(redirectedUrl("/login"));

		var session = this.mvc.perform(formLogin().user(username).password("Zhuce2026ok"))
			.andExpect(redirectedUrl("/home"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/my/accounts").session((MockHttpSession) session))
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(not(containsString("E1000000001"))));
		assertThat(this.jdbc.sql("select code_hash from registration_code where customer_id = ?")
			.param(customerId)
			.query(String.class)
			.single()).as("only a hash of the code is kept").doesNotContain(code);
		this.mvc.perform(register(visitor, code, username + "x")).andExpect(redirectedUrl("/register"));
	}

	@Test
	void theDevelopmentSinkShowsTheTextAndMarksItSent() throws Exception {
		long customerId = this.customers.open("短信开发");
		String number = this.customers.accountNumber(this.customers.openElectricity(customerId));
		String mobile = this.customers.firstMobile(customerId);
		requestCode(number);
		String code = TextMessages.latestCode(this.jdbc, mobile);

		assertThat(this.sink.drain()).isPositive();
		assertThat(this.jdbc.sql("select body from sms_outbox where recipient = ? and sent_at is not null")
			.param(mobile)
			.query(String.class)
			.single()).contains(code).contains("10 分钟内有效");
	}

	@Test
	void fiveWrongCodesKillTheCodeAndTheAnswerNeverSaysWhy() throws Exception {
		long customerId = this.customers.open("注册失败");
		String number = this.customers.accountNumber(this.customers.openElectricity(customerId));
		MockHttpSession visitor = requestCode(number);
		String code = TextMessages.latestCode(this.jdbc, this.customers.firstMobile(customerId));
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(register(visitor, wrong, "fail-" + attempt))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasErrors("registrationForm"))
				.andExpect(content().string(containsString("验证码不正确或已失效")));
		}
		this.mvc.perform(register(visitor, code, "fail-6")).andExpect(content().string(containsString("验证码不正确或已失效")));
		MockHttpSession stranger = requestCode("E9999999999");
		this.mvc.perform(register(stranger, code, "fail-7")).andExpect(content().string(containsString("验证码不正确或已失效")));
		assertThat(this.jdbc.sql("select count(*) from user_account where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aRegisteredCustomerGetsNoCodeButTheSameAnswer() throws Exception {
		String mobile = this.jdbc.sql("""
				select m.number from customer_mobile m join service_account a on a.customer_id = m.customer_id
				where a.account_number = 'E1000000001' and m.position = 0
				""").query(String.class).single();
		long before = TextMessages.count(this.jdbc, mobile);
		requestCode("E1000000001");
		this.mvc.perform(get("/register/code").session(requestCode("e1000000001")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("如果户号正确且该户登记了手机号码")));
		Thread.sleep(300);
		assertThat(TextMessages.count(this.jdbc, mobile)).isEqualTo(before);
	}

	@Test
	void aTakenNameIsRefusedAndTheCodeStaysGood() throws Exception {
		long customerId = this.customers.open("重名测试");
		String number = this.customers.accountNumber(this.customers.openElectricity(customerId));
		MockHttpSession visitor = requestCode(number);
		String code = TextMessages.latestCode(this.jdbc, this.customers.firstMobile(customerId));
		this.mvc.perform(register(visitor, code, "Counter1"))
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "username", "validation.username.taken"));
		this.mvc.perform(register(visitor, code, "chongming-" + customerId)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void weakPasswordsAndMismatchesAreExplained() throws Exception {
		MockHttpSession visitor = requestCode("E1000000002");
		this.mvc
			.perform(post("/register/code").session(visitor)
				.with(csrf())
				.param("code", "12345")
				.param("username", "weak-user")
				.param("password", "short")
				.param("confirmPassword", "other"))
			.andExpect(model().attributeHasFieldErrors("registrationForm", "code"))
			.andExpect(
					model().attributeHasFieldErrorCode("registrationForm", "password", "validation.password.length"));
	}

	@Test
	void anotherCustomersAccountAnswers404() throws Exception {
		var session = signIn("customer1");
		this.mvc.perform(get("/my/accounts/E1000000001").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/my/accounts/E1000000002").session(session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/my/accounts/E0000000000").session(session)).andExpect(status().isNotFound());
		long otherAccount = this.jdbc.sql("select id from service_account where account_number = 'E1000000002'")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/api/v1/accounts/" + otherAccount).session(session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/customers/1").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void aCustomerUpdatesTheirContactDetailsAndTheChangeIsKept() throws Exception {
		var session = signIn("customer2");
		long customerId = this.jdbc.sql("select customer_id from user_account where username = 'customer2'")
			.query(Long.class)
			.single();
		long version = this.jdbc.sql("select version from customer where id = ?")
			.param(customerId)
			.query(Long.class)
			.single();
		String mobile = this.customers.newMobile();
		this.mvc
			.perform(post("/my/profile").session(session)
				.with(csrf())
				.param("mobile", "")
				.param("mobile2", mobile)
				.param("address", "北京市东城区安定门外大街 88 号 2 单元 601")
				.param("preferredLanguage", "en")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/my/profile"));
		assertThat(this.jdbc.sql("select number from customer_mobile where customer_id = ? order by position")
			.param(customerId)
			.query(String.class)
			.list()).containsExactly("13522223333", mobile);
		assertThat(this.jdbc.sql("select changed_by from customer_change where customer_id = ? and field = 'mobiles'")
			.param(customerId)
			.query(String.class)
			.list()).contains("customer2");

		this.mvc
			.perform(post("/my/profile").session(session)
				.with(csrf())
				.param("address", "旧页面提交")
				.param("preferredLanguage", "zh-CN")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("profileForm"));
		assertThat(this.jdbc.sql("select address from customer where id = ?")
			.param(customerId)
			.query(String.class)
			.single()).isNotEqualTo("旧页面提交");
	}

	@Test
	void theApiGivesCustomersTheirOwnProfileAndAccountsOnly() throws Exception {
		var session = signIn("customer1");
		this.mvc.perform(get("/api/v1/my/profile").session(session))
			.andExpect(content().string(containsString("\"maskedIdNumber\":\"1101**********1233\"")))
			.andExpect(content().string(not(containsString("110101199003071233"))));
		this.mvc.perform(get("/api/v1/my/accounts").session(session))
			.andExpect(content().string(containsString("E1000000001")))
			.andExpect(content().string(not(containsString("E1000000002"))));
	}

	private MockHttpSession requestCode(String accountNumber) throws Exception {
		return (MockHttpSession) this.mvc.perform(post("/register").with(csrf()).param("accountNumber", accountNumber))
			.andExpect(redirectedUrl("/register/code"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private MockHttpServletRequestBuilder register(MockHttpSession visitor, String code, String username) {
		return post("/register/code").session(visitor)
			.with(csrf())
			.param("code", code)
			.param("username", username)
			.param("password", "Zhuce2026ok")
			.param("confirmPassword", "Zhuce2026ok");
	}

}
