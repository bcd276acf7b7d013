package org.utilityportal.billing;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No N+1 on the bill page: a bill with a long usage history before it and many lines is
 * read in as many statements as the account's first bill.
 */
class BillPageStatementsIT extends IntegrationTest {

	@Test
	void theLatestBillCostsAsManyStatementsAsTheFirst() throws Exception {
		List<String> bills = this.jdbc.sql("""
				select b.bill_number from bill b join service_account a on a.id = b.account_id
				where a.account_number = 'E1000000001' order by b.period_from
				""").query(String.class).list();
		assertThat(bills).as("demo bills of customer1's electricity account").hasSizeGreaterThan(3);
		MockHttpSession session = signIn("customer1");

		long first = statementsOf(bills.getFirst(), session);
		long latest = statementsOf(bills.getLast(), session);

		assertThat(latest).isEqualTo(first);
	}

	/**
	 * The statements of a bill's page seen a second time (the first fills the page
	 * cache).
	 */
	private long statementsOf(String billNumber, MockHttpSession session) throws Exception {
		this.mvc.perform(get("/my/bills/" + billNumber).session(session)).andExpect(status().isOk());
		StatementCounter.reset();
		this.mvc.perform(get("/my/bills/" + billNumber).session(session)).andExpect(status().isOk());
		return StatementCounter.count();
	}

}
