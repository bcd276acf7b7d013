package org.utilityportal.customer;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.utilityportal.support.IntegrationTest;

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

	@Test
	void aCustomerRegistersWithAnAccountNumberAndTheirIdentityTailThenSeesTheirAccounts() throws Exception {
		long customerId = this.customers.open("注册测试");
		String number = this.customers.accountNumber(this.customers.openElectricity(customerId));
		String tail = this.customers.idNumber(customerId).substring(12);
		String username = "reg-" + UUID.randomUUID().toString().substring(0, 8);

		this.mvc.perform(register(number, tail, username)).andExpect(redirectedUrl("/login"));

		var session = this.mvc.perform(formLogin().user(username).password("Zhuce2026ok"))
			.andExpect(redirectedUrl("/home"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/my/accounts").session((org.springframework.mock.web.MockHttpSession) session))
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(not(containsString("E1000000001"))));
	}

	@Test
	void aWrongProofSaysNothingAboutWhichPartWasWrongAndFiveLockTheAccountNumber() throws Exception {
		long customerId = this.customers.open("注册失败");
		String number = this.customers.accountNumber(this.customers.openElectricity(customerId));
		String tail = this.customers.idNumber(customerId).substring(12);
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(register(number, "000000", "fail-" + attempt))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("户号与证件号码不匹配")));
		}
		this.mvc.perform(register("E9999999999", tail, "fail-x"))
			.andExpect(content().string(containsString("户号与证件号码不匹配")));
		this.mvc.perform(register(number, "000000", "fail-5"))
			.andExpect(content().string(containsString("在线注册已暂停 15 分钟")));
		this.mvc.perform(register(number, tail, "fail-6")).andExpect(content().string(containsString("在线注册已暂停 15 分钟")));
		assertThat(this.jdbc.sql("select count(*) from user_account where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aCustomerRegistersOnlyOnceAndNamesAreUnique() throws Exception {
		this.mvc.perform(register("E1000000001", "071233", "another-zhang"))
			.andExpect(content().string(containsString("该客户已注册过网上账号")));
		long customerId = this.customers.open("重名测试");
		String number = this.customers.accountNumber(this.customers.openElectricity(customerId));
		this.mvc.perform(register(number, this.customers.idNumber(customerId).substring(12), "Counter1"))
			.andExpect(model().attributeHasFieldErrorCode("registrationForm", "username", "validation.username.taken"));
	}

	@Test
	void weakPasswordsAndMismatchesAreExplained() throws Exception {
		this.mvc
			.perform(post("/register").with(csrf())
				.param("accountNumber", "E1000000001")
				.param("idTail", "071233")
				.param("username", "weak-user")
				.param("password", "short")
				.param("confirmPassword", "other"))
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

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder register(String accountNumber,
			String idTail, String username) {
		return post("/register").with(csrf())
			.param("accountNumber", accountNumber)
			.param("idTail", idTail)
			.param("username", username)
			.param("password", "Zhuce2026ok")
			.param("confirmPassword", "Zhuce2026ok");
	}

}
