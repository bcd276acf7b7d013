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

/** Account managers of key accounts, their history, and the contact log. */
class KeyAccountsIT extends IntegrationTest {

	@Test
	void aChangeOfManagerKeepsTheEarlierAssignment() throws Exception {
		long customerId = this.customers.open("重点客户测试");
		long counter1 = userId("counter1");
		long supervisor1 = userId("supervisor1");
		var session = signIn("counter1");
		for (long manager : new long[] { counter1, supervisor1 }) {
			this.mvc
				.perform(post("/counter/customers/" + customerId + "/manager").session(session)
					.with(csrf())
					.param("managerId", String.valueOf(manager)))
				.andExpect(redirectedUrl("/counter/customers/" + customerId + "#key-account"));
		}
		var assignments = this.jdbc
			.sql("select manager_id, assigned_until is null from account_manager_assignment where customer_id = ? "
					+ "order by assigned_from, id")
			.param(customerId)
			.query((row, i) -> row.getLong(1) + ":" + row.getBoolean(2))
			.list();
		assertThat(assignments).containsExactly(counter1 + ":false", supervisor1 + ":true");
		this.mvc.perform(get("/counter/customers/" + customerId).session(session))
			.andExpect(content().string(containsString("现任客户经理：陈建国（工号 20017，高级客户经理）")));
	}

	@Test
	void theDemoHeatingCompanyShowsItsManagerHistory() throws Exception {
		long customerId = this.jdbc.sql("select id from customer where id_number = '911101016000123451'")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/counter/customers/" + customerId).session(signIn("counter1")))
			.andExpect(content().string(containsString("陈建国（工号 20017）")))
			.andExpect(content().string(containsString("王芳（工号 10231）")));
	}

	@Test
	void visitsAndCallsGoIntoTheContactLog() throws Exception {
		long customerId = this.customers.open("联系测试");
		var session = signIn("counter1");
		this.mvc
			.perform(post("/counter/customers/" + customerId + "/contacts").session(session)
				.with(csrf())
				.param("kind", "CALL")
				.param("contactedOn", "2026-11-20")
				.param("summary", ""))
			.andExpect(model().attributeHasFieldErrorCode("contactForm", "summary", "NotBlank"));
		this.mvc
			.perform(post("/counter/customers/" + customerId + "/contacts").session(session)
				.with(csrf())
				.param("kind", "CALL")
				.param("contactedOn", "2026-11-20")
				.param("summary", "电话告知检修停电安排"))
			.andExpect(redirectedUrl("/counter/customers/" + customerId + "#contacts"));
		this.mvc.perform(get("/counter/customers/" + customerId).session(session))
			.andExpect(content().string(containsString("电话告知检修停电安排")))
			.andExpect(content().string(containsString("2026-11-20 · 电话 · 记录人 counter1")));
	}

	private long userId(String username) {
		return this.jdbc.sql("select id from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

}
