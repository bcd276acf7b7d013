package org.utilityportal.audit;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Supervisors and administrators read, filter and export the access log; nobody edits it.
 */
class AccessLogIT extends IntegrationTest {

	@Test
	void supervisorsFilterByStaffCustomerAndDate() throws Exception {
		long customerId = this.customers.open("日志筛选");
		this.mvc.perform(get("/counter/customers/" + customerId).session(signIn("counter2")));
		var supervisor = signIn("supervisor1");
		this.mvc.perform(get("/audit/access-log").param("customer", String.valueOf(customerId)).session(supervisor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("孙丽（工号 10232）")));
		this.mvc
			.perform(get("/audit/access-log").param("customer", String.valueOf(customerId))
				.param("staff", "counter1")
				.session(supervisor))
			.andExpect(content().string(containsString("没有符合条件的记录")));
		this.mvc
			.perform(get("/audit/access-log").param("customer", String.valueOf(customerId))
				.param("staff", "10232")
				.param("from", "2000-01-01")
				.param("to", "2000-01-02")
				.session(supervisor))
			.andExpect(content().string(containsString("没有符合条件的记录")));
	}

	@Test
	void theCsvExportHasTheEntriesAndIsItselfLogged() throws Exception {
		long customerId = this.customers.open("日志导出");
		this.mvc.perform(get("/counter/customers/" + customerId).session(signIn("counter1")));
		byte[] csv = this.mvc
			.perform(get("/audit/access-log/export").param("customer", String.valueOf(customerId))
				.session(signIn("admin1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFid,time,staff_id");
		assertThat(text.lines().filter((line) -> line.contains(",王芳,10231,VIEW,WEB," + customerId + ","))).hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from access_log where action = 'EXPORT' and customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void counterStaffAndCustomersCannotReadIt() throws Exception {
		this.mvc.perform(get("/audit/access-log").session(signIn("counter1"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit/access-log/export").session(signIn("customer1")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theLogIsAppendOnly() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update access_log set staff_name = 'x'").update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from access_log").update());
	}

	@Test
	void theApiLogsItsReadsAsApi() throws Exception {
		long customerId = this.customers.open("接口日志");
		this.mvc.perform(get("/api/v1/customers/" + customerId).session(signIn("supervisor1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"maskedIdNumber\":\"1101")))
			.andExpect(content().string(not(containsString("\"idNumber\""))));
		assertThat(this.jdbc.sql("select channel from access_log where customer_id = ?")
			.param(customerId)
			.query(String.class)
			.list()).containsExactly("API");
		this.mvc.perform(get("/api/v1/customers").param("q", "接口日志").session(signIn("counter1")))
			.andExpect(content().string(containsString("\"name\":\"接口日志\"")));
	}

}
