package org.utilityportal.customer;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The counter's one search box over the demo customers, and what it logs. */
class CustomerSearchIT extends IntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	private CustomerSearch search;

	@Test
	void findsByEveryKind() {
		assertThat(names("13812345678")).containsExactly("张晓明");
		assertThat(names("138-1234-5678")).containsExactly("张晓明");
		assertThat(names("E1000000002")).containsExactly("李娜");
		assertThat(names("g1000000002")).containsExactly("李娜");
		assertThat(names("310087654321")).containsExactly("张伟");
		assertThat(names("1233")).contains("张晓明");
		assertThat(names("12301X")).containsExactly("王建华");
		assertThat(names("ABCD19")).containsExactly("北京新达科技有限公司");
		assertThat(names("晓明")).contains("张晓明", "陈晓明");
		assertThat(names("张晓明")).containsExactly("张晓明");
		assertThat(names("新达科技")).containsExactly("北京新达科技有限公司");
		assertThat(names("便利")).containsExactly("鼓楼便利店");
	}

	@Test
	void oneCharacterFindsSurnamesOnly() {
		assertThat(names("张")).contains("张晓明", "张伟").doesNotContain("周杰");
		assertThat(names("明")).doesNotContain("张晓明", "陈晓明");
	}

	@Test
	void resultsAreMaskedAndListTheAccountsPerUtility() {
		SearchResult.Hit hit = this.search.search("13812345678", this.customers.counter(), AccessChannel.WEB)
			.hits()
			.getFirst();
		assertThat(hit.maskedIdNumber()).isEqualTo("1101**********1233");
		assertThat(hit.maskedMobile()).isEqualTo("138****5678");
		assertThat(hit.accounts()).extracting(SearchResult.Account::accountNumber)
			.containsExactly("E1000000001", "W1000000001", "G1000000001", "M1000000001");
		assertThat(hit.matchedBy()).isEqualTo(SearchKind.MOBILE);
	}

	@Test
	void saysWhenThereAreMoreThanItLists() {
		IntStream.range(0, CustomerSearch.LIMIT + 1).forEach((i) -> this.customers.open("司马测试" + i));
		SearchResult result = this.search.search("司马测试", this.customers.counter(), AccessChannel.WEB);
		assertThat(result.hits()).hasSize(CustomerSearch.LIMIT);
		assertThat(result.more()).isTrue();
	}

	@Test
	void everySearchIsLoggedWithItsText() throws Exception {
		long before = this.jdbc.sql("select count(*) from access_log where action = 'SEARCH' and detail like '鼓楼%'")
			.query(Long.class)
			.single();
		MvcResult page = this.mvc.perform(get("/counter/customers").param("q", "鼓楼").session(signIn("counter1")))
			.andExpect(content().string(containsString("鼓楼便利店")))
			.andExpect(content().string(not(containsString("92110105MA00XYW12B"))))
			.andReturn();
		assertThat(page.getResponse().getContentAsString()).contains("9211**********W12B");
		long after = this.jdbc.sql("select count(*) from access_log where action = 'SEARCH' and detail like '鼓楼%'")
			.query(Long.class)
			.single();
		assertThat(after).isEqualTo(before + 1);
	}

	@Test
	void unreadableTextSearchesNothing() throws Exception {
		this.mvc.perform(get("/counter/customers").param("q", "--").session(signIn("counter1")))
			.andExpect(content().string(containsString("无法识别查询内容")));
	}

	private java.util.List<String> names(String query) {
		return this.search.search(query, this.customers.counter(), AccessChannel.WEB)
			.hits()
			.stream()
			.map(SearchResult.Hit::name)
			.toList();
	}

}
