package org.utilityportal.billing;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.shared.money.Money;
import org.utilityportal.support.TestPrincipal;
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

	@Autowired
	private Bills bills;

	@Autowired
	private Payments payments;

	@Autowired
	private Adjustments adjustments;

	@Autowired
	private Rechecks rechecks;

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
	 * What happened to a bill since it was issued (payments, adjustments, re-checks) is
	 * read in one statement, each list in its own order, and a bill with all of them
	 * costs as many statements as a bill with none.
	 */
	@Test
	void paymentsAdjustmentsAndRechecksOfABillCostNoStatementOfTheirOwn() {
		long account = this.testBills.accountWithBills(2, 260);
		String clerk = this.testBills.staff("COUNTER", "since-clerk");
		TestPrincipal staff = TestPrincipal.of(this.jdbc, clerk);
		List<BillView> ofAccount = this.bills.ofAccount(account);
		BillView quiet = ofAccount.getFirst();
		BillView busy = ofAccount.getLast();
		String first = this.payments.take(account, Money.of("1.00"), PaymentMethod.CASH, "since-1-" + clerk, clerk);
		this.clock.advance(Duration.ofMinutes(5));
		String second = this.payments.take(account, Money.of("2.00"), PaymentMethod.CARD, "since-2-" + clerk, clerk);
		this.adjustments.request(busy.billNumber(), true, Money.of("3.00"), "抄表错误", staff);
		this.clock.advance(Duration.ofMinutes(5));
		this.adjustments.request(busy.billNumber(), false, Money.of("4.00"), "补收", staff);
		this.rechecks.request(busy.customerId(), busy.billNumber(), "读数偏高", "someone");
		this.clock.advance(Duration.ofMinutes(5));
		this.rechecks.request(busy.customerId(), busy.billNumber(), "仍然偏高", "someone", true);
		this.clock.reset();

		long quietStatements = staffStatementsOf(quiet.billNumber(), staff);
		long busyStatements = staffStatementsOf(busy.billNumber(), staff);
		BillPage page = this.bills.forStaff(busy.billNumber(), staff, AccessChannel.WEB);

		assertThat(busyStatements).isEqualTo(quietStatements);
		assertThat(page.settlements()).extracting(BillPage.Settlement::receiptNumber).containsExactly(first, second);
		assertThat(page.settlements()).extracting(BillPage.Settlement::amount)
			.containsExactly(Money.of("1.00"), Money.of("2.00"));
		assertThat(page.outstanding()).isEqualTo(busy.charges().minus(Money.of("3.00")));
		assertThat(page.adjustments()).extracting(AdjustmentView::amount)
			.containsExactly(Money.of("4.00"), Money.of("3.00"));
		assertThat(page.adjustments()).extracting(AdjustmentView::credit).containsExactly(false, true);
		assertThat(page.rechecks()).extracting(BillPage.Recheck::reason).containsExactly("读数偏高", "仍然偏高");
		assertThat(page.rechecks()).extracting(BillPage.Recheck::complaint).containsExactly(false, true);
	}

	private long staffStatementsOf(String billNumber, TestPrincipal staff) {
		this.bills.forStaff(billNumber, staff, AccessChannel.WEB);
		StatementCounter.reset();
		this.bills.forStaff(billNumber, staff, AccessChannel.WEB);
		return StatementCounter.count();
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
