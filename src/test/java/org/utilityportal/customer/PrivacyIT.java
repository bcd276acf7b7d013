package org.utilityportal.customer;

import org.junit.jupiter.api.Test;

import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Masking, logged views and reveals, and the fixed cost of the customer page. */
class PrivacyIT extends IntegrationTest {

	@Test
	void everyStaffViewOfACustomerIsLogged() throws Exception {
		long customerId = this.customers.open("查看日志");
		this.mvc.perform(get("/counter/customers/" + customerId).session(signIn("counter2")))
			.andExpect(status().isOk());
		assertThat(this.jdbc
			.sql("select staff_name || '|' || work_number || '|' || action || '|' || channel "
					+ "from access_log where customer_id = ?")
			.param(customerId)
			.query(String.class)
			.list()).containsExactly("孙丽|10232|VIEW|WEB");
	}

	@Test
	void staffWithTheRightRevealOneFieldAndTheRevealIsLogged() throws Exception {
		long customerId = this.customers.open("显示测试");
		String idNumber = this.customers.idNumber(customerId);
		this.mvc
			.perform(post("/counter/customers/" + customerId + "/reveal").session(signIn("counter1"))
				.with(csrf())
				.param("field", "ID_NUMBER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + idNumber + "<")))
			.andExpect(content().string(containsString("本次显示已记入访问日志")));
		assertThat(this.jdbc.sql("select field from access_log where customer_id = ? and action = 'REVEAL'")
			.param(customerId)
			.query(String.class)
			.list()).containsExactly("ID_NUMBER");
	}

	@Test
	void revealingAMobileShowsOnlyThatOne() throws Exception {
		long customerId = this.customers.open("手机显示");
		String mobile = this.customers.firstMobile(customerId);
		String idNumber = this.customers.idNumber(customerId);
		this.mvc
			.perform(post("/counter/customers/" + customerId + "/reveal").session(signIn("counter1"))
				.with(csrf())
				.param("field", "MOBILE")
				.param("index", "0"))
			.andExpect(content().string(containsString(mobile)))
			.andExpect(content().string(not(containsString(idNumber))));
		assertThat(this.jdbc.sql("select field from access_log where customer_id = ? and action = 'REVEAL'")
			.param(customerId)
			.query(String.class)
			.list()).containsExactly("MOBILE#1");
	}

	@Test
	void staffWithoutTheRightCannotReveal() throws Exception {
		long customerId = this.customers.open("无权显示");
		this.mvc
			.perform(post("/counter/customers/" + customerId + "/reveal").session(signIn("counter2"))
				.with(csrf())
				.param("field", "ID_NUMBER"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/counter/customers/" + customerId).session(signIn("counter2")))
			.andExpect(content().string(not(containsString("reveal-id-number"))));
		assertThat(this.jdbc.sql("select count(*) from access_log where customer_id = ? and action = 'REVEAL'")
			.param(customerId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theCustomerPageCostsTheSameStatementsWhateverItShows() throws Exception {
		long small = this.customers.open("语句少");
		this.customers.openElectricity(small);
		long large = this.customers.open("语句多");
		for (int i = 0; i < 12; i++) {
			this.customers.openElectricity(large);
		}
		var session = signIn("counter1");
		this.mvc.perform(get("/counter/customers/" + small).session(session));

		StatementCounter.reset();
		this.mvc.perform(get("/counter/customers/" + small).session(session)).andExpect(status().isOk());
		long forOneAccount = StatementCounter.count();
		StatementCounter.reset();
		this.mvc.perform(get("/counter/customers/" + large).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("语句多")));
		long forTwelveAccounts = StatementCounter.count();

		assertThat(forTwelveAccounts).isEqualTo(forOneAccount);
		// customer with mobiles, accounts, assignments, contacts, changes, eligible
		// managers, access log; and the session in PostgreSQL (read, last access saved)
		assertThat(forOneAccount).isLessThanOrEqualTo(10);
	}

}
