package org.utilityportal.customer;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Opening and editing customers at the counter: validation, duplicates, locking, history.
 */
class CounterDeskIT extends IntegrationTest {

	@Test
	void opensACustomerAndRecordsWhoDidIt() throws Exception {
		String id = this.customers.newResidentId();
		String mobile = this.customers.newMobile();
		MvcResult result = this.mvc
			.perform(post("/counter/customers").session(signIn("counter1"))
				.with(csrf())
				.param("name", "欧阳新客")
				.param("kind", "RESIDENTIAL")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", id.substring(0, 6) + " " + id.substring(6).toLowerCase())
				.param("mobile", "+86 " + mobile)
				.param("address", "北京市东城区新开路 1 号")
				.param("preferredLanguage", "zh-CN")
				.param("greenChannel", "true")
				.param("consentPurpose", "供用电服务及账单通知")
				.param("consentDate", "2026-11-01"))
			.andExpect(redirectedUrlPattern("/counter/customers/*"))
			.andReturn();
		long customerId = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));

		var stored = this.jdbc.sql("select id_number, green_channel, created_by from customer where id = ?")
			.param(customerId)
			.query((row, i) -> List.of(row.getString(1), row.getBoolean(2), row.getString(3)))
			.single();
		assertThat(stored).containsExactly(id, true, "counter1");
		assertThat(this.jdbc.sql("select number from customer_mobile where customer_id = ?")
			.param(customerId)
			.query(String.class)
			.list()).containsExactly(mobile);
		this.mvc.perform(get("/counter/customers/" + customerId).session(signIn("counter1")))
			.andExpect(content().string(containsString(Masking.idNumber(id))))
			.andExpect(content().string(not(containsString(id))))
			.andExpect(content().string(containsString("counter1")));
	}

	@Test
	void badInputIsExplainedNextToTheFieldAndSavesNothing() throws Exception {
		long before = countCustomers();
		this.mvc
			.perform(post("/counter/customers").session(signIn("counter1"))
				.with(csrf())
				.param("name", "")
				.param("kind", "RESIDENTIAL")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", "110101199003071234")
				.param("mobile", "12345")
				.param("address", "北京")
				.param("preferredLanguage", "zh-CN")
				.param("consentPurpose", "供电")
				.param("consentDate", "2099-01-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("customerForm", "idNumber", "validation.residentId"))
			.andExpect(model().attributeHasFieldErrorCode("customerForm", "mobile", "Mobile"))
			.andExpect(model().attributeHasFieldErrorCode("customerForm", "name", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("customerForm", "consentDate", "validation.notInFuture"))
			.andExpect(content().string(containsString("id=\"idNumber-error\"")))
			.andExpect(content().string(containsString("身份证号码无效")))
			.andExpect(content().string(containsString("请输入 11 位大陆手机号码")));
		assertThat(countCustomers()).isEqualTo(before);
	}

	@Test
	void messagesFollowTheLanguage() throws Exception {
		this.mvc
			.perform(post("/counter/customers").session(signIn("counter1"))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "Test")
				.param("kind", "RESIDENTIAL")
				.param("idType", "CREDIT_CODE")
				.param("idNumber", "91110101MA01ABCD18")
				.param("mobile", "13812345678")
				.param("address", "Beijing")
				.param("preferredLanguage", "en")
				.param("consentPurpose", "supply")
				.param("consentDate", "2026-01-01"))
			.andExpect(content().string(containsString("This unified social credit code is not valid")));
	}

	@Test
	void aDuplicateIdentityNumberPointsStaffToTheExistingCustomer() throws Exception {
		long before = countCustomers();
		this.mvc
			.perform(post("/counter/customers").session(signIn("counter1"))
				.with(csrf())
				.param("name", "冒名者")
				.param("kind", "RESIDENTIAL")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", "110101199003071233")
				.param("mobile", this.customers.newMobile())
				.param("address", "北京")
				.param("preferredLanguage", "zh-CN")
				.param("consentPurpose", "供电")
				.param("consentDate", "2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("customerForm", "idNumber", "validation.idNumber.duplicate"))
			.andExpect(content().string(containsString("id=\"duplicate\"")))
			.andExpect(content().string(containsString(">张晓明</a>")));
		assertThat(countCustomers()).isEqualTo(before);
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() throws Exception {
		long customerId = this.customers.open("并发测试");
		long version = this.jdbc.sql("select version from customer where id = ?")
			.param(customerId)
			.query(Long.class)
			.single();
		MockHttpSession first = signIn("counter1");
		MockHttpSession second = signIn("counter2");

		this.mvc.perform(edit(customerId, version, "并发测试", "北京市东城区第一次修改 1 号").session(first))
			.andExpect(redirectedUrlPattern("/counter/customers/*"));
		this.mvc.perform(edit(customerId, version, "并发测试", "北京市东城区第二次修改 2 号").session(second))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人在您打开此页面后已修改了这条记录")));

		assertThat(this.jdbc.sql("select address from customer where id = ?")
			.param(customerId)
			.query(String.class)
			.single()).isEqualTo("北京市东城区第一次修改 1 号");
	}

	@Test
	void everyChangeIsKeptWithWhoWhenAndOldAndNewValuesMasked() throws Exception {
		long customerId = this.customers.open("历史测试");
		long version = this.jdbc.sql("select version from customer where id = ?")
			.param(customerId)
			.query(Long.class)
			.single();
		String newMobile = this.customers.newMobile();
		this.mvc
			.perform(edit(customerId, version, "历史测试", "北京市东城区新地址 9 号").param("mobile", newMobile)
				.param("keyAccount", "true")
				.session(signIn("counter2")))
			.andExpect(redirectedUrlPattern("/counter/customers/*"));

		var changes = this.jdbc
			.sql("select field, old_value, new_value, changed_by from customer_change "
					+ "where customer_id = ? and field <> 'created' order by field")
			.param(customerId)
			.query((row, i) -> row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|"
					+ row.getString(4))
			.list();
		assertThat(changes).hasSize(3);
		assertThat(changes.get(0)).startsWith("address|北京市东城区测试街").endsWith("|北京市东城区新地址 9 号|counter2");
		assertThat(changes.get(1)).isEqualTo("keyAccount|false|true|counter2");
		assertThat(changes.get(2)).startsWith("mobiles|166****").contains("|" + Masking.mobile(newMobile) + "|");
		this.mvc.perform(get("/counter/customers/" + customerId).session(signIn("counter1")))
			.andExpect(content().string(containsString("北京市东城区新地址 9 号")))
			.andExpect(content().string(containsString(Masking.mobile(newMobile))))
			.andExpect(content().string(not(containsString(newMobile))));
	}

	@Test
	void onlyCounterStaffUseTheCounterDesk() throws Exception {
		this.mvc.perform(get("/counter/customers/1").session(signIn("customer1"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/counter/customers").param("q", "张").session(signIn("admin1")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/counter/customers").session(signIn("counter1")).param("name", "x"))
			.andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder edit(long customerId, long version, String name, String address) {
		return post("/counter/customers/" + customerId).with(csrf())
			.param("name", name)
			.param("kind", "RESIDENTIAL")
			.param("idType", "RESIDENT_ID")
			.param("idNumber", "")
			.param("address", address)
			.param("preferredLanguage", "zh-CN")
			.param("consentPurpose", "供用电服务及账单通知")
			.param("consentDate", "2025-01-01")
			.param("version", String.valueOf(version));
	}

	private long countCustomers() {
		return this.jdbc.sql("select count(*) from customer").query(Long.class).single();
	}

}
