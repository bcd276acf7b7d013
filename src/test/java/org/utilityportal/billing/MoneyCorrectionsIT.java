package org.utilityportal.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.shared.money.Money;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Putting money right: reversals (冲正) un-allocate exactly what the payment allocated,
 * refunds need a second person and their payout, the cashier's day-end closes the day,
 * and a payment submitted 200 times at once is taken once.
 */
class MoneyCorrectionsIT extends IntegrationTest {

	@Autowired
	private Payments payments;

	@Autowired
	private Reversals reversals;

	@Autowired
	private Refunds refunds;

	@Autowired
	private Bills bills;

	@Autowired
	private CashierDays cashierDays;

	@Test
	void aReversedPaymentUnallocatesExactlyWhatItAllocatedAndItsUnitsAreUnpaidAgain() throws Exception {
		long account = this.testBills.accountWithBills(2, 260);
		String clerk = this.testBills.staff("COUNTER", "rev-clerk");
		List<BillView> before = this.bills.ofAccount(account);
		Money balanceBefore = this.payments.balance(account);
		List<Money> outstandingBefore = outstanding(before);
		Money amount = before.getLast().charges().plus(Money.of("10.00"));
		String receipt = this.payments.take(account, amount, PaymentMethod.CASH, "rev-" + clerk, clerk);
		PaymentReceipt paid = this.payments.receipt(receipt);
		assertThat(paid.allocations()).hasSize(2);
		assertThat(outstanding(before)).isNotEqualTo(outstandingBefore);

		var session = signIn(clerk);
		this.mvc
			.perform(post("/counter/receipts/" + receipt + "/reversal").session(session)
				.with(csrf())
				.param("reason", "收款金额录入错误"))
			.andExpect(flash().attribute("notice", "reversal.notice.requested"));
		long id = this.reversals.pending()
			.stream()
			.filter((r) -> r.receiptNumber().equals(receipt))
			.findFirst()
			.orElseThrow()
			.id();
		this.mvc
			.perform(post("/supervisor/reversals/" + id).session(signIn("supervisor1"))
				.with(csrf())
				.param("version", "0")
				.param("approve", "true"))
			.andExpect(flash().attribute("notice", "reversal.notice.approved"));

		assertThat(outstanding(before)).isEqualTo(outstandingBefore);
		assertThat(this.payments.balance(account)).isEqualTo(balanceBefore);
		assertThat(this.payments.receipt(receipt).isReversed()).isTrue();
		for (PaymentReceipt.Allocation allocation : paid.allocations()) {
			BillPage page = this.bills.forStaff(allocation.billNumber(), this.customers.counter(),
					org.utilityportal.audit.AccessChannel.WEB);
			BigDecimal unitsPaid = page.settlements()
				.stream()
				.filter((s) -> !s.reversed())
				.map(BillPage.Settlement::units)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(unitsPaid).isEqualByComparingTo("0");
			assertThat(page.settlements()).anySatisfy((s) -> assertThat(s.reversed()).isTrue());
		}
		assertThat(this.jdbc.sql("select amount from ledger_entry where kind = 'REVERSAL' and reference = ?")
			.param(receipt)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(amount.amount());
		// Once reversed, never again.
		assertThat(this.reversals.request(receipt, "再来一次", clerk)).isEqualTo("reversal.error.reversed");
	}

	@Test
	void aReversalNeedsASupervisorWhoDidNotAskAndOnlyCounterPaymentsOfToday() throws Exception {
		long account = this.testBills.accountWithBills(1, 200);
		String clerk = this.testBills.staff("COUNTER", "rev2-clerk");
		String receipt = this.payments.take(account, Money.of("20.00"), PaymentMethod.CARD, "rev2-" + clerk, clerk);
		assertThat(this.reversals.request(receipt, "刷卡重复", "supervisor1")).isNull();
		long id = this.reversals.pending()
			.stream()
			.filter((r) -> r.receiptNumber().equals(receipt))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.reversals.decide(id, 0, true, "supervisor1")).isEqualTo("reversal.error.ownRequest");
		this.mvc
			.perform(post("/supervisor/reversals/" + id).session(signIn(clerk))
				.with(csrf())
				.param("version", "0")
				.param("approve", "true"))
			.andExpect(status().isForbidden());
		assertThat(this.payments.receipt(receipt).isReversed()).isFalse();
		String online = this.payments.take(account, Money.of("1.00"), PaymentMethod.ONLINE, "rev2-online-" + clerk,
				"online:sandbox");
		assertThat(this.reversals.request(online, "不该冲正", clerk)).isEqualTo("reversal.error.notCounter");
		String yesterday = this.payments.takeAt(account, Money.of("1.00"), PaymentMethod.CASH, "rev2-old-" + clerk,
				"counter1", this.clock.instant().minus(java.time.Duration.ofDays(2)));
		assertThat(this.reversals.request(yesterday, "昨天的", clerk)).isEqualTo("reversal.error.notSameDay");
	}

	@Test
	void aRefundOfCreditNeedsASecondPersonAndIsBookedWhenPaidOut() throws Exception {
		long account = this.testBills.accountWithBills(1, 150);
		String clerk = this.testBills.staff("COUNTER", "refund-clerk");
		Money owed = this.payments.balance(account);
		this.payments.take(account, owed.plus(Money.of("50.00")), PaymentMethod.CASH, "refund-" + clerk, clerk);
		assertThat(this.refunds.refundable(account)).isEqualTo(Money.of("50.00"));

		var session = signIn(clerk);
		this.mvc
			.perform(post("/counter/accounts/" + account + "/refunds").session(session)
				.with(csrf())
				.param("amount", "60.00")
				.param("payout", "CASH")
				.param("reason", "多缴退款"))
			.andExpect(flash().attribute("refundProblem", "refund.error.amount"));
		this.mvc
			.perform(post("/counter/accounts/" + account + "/refunds").session(session)
				.with(csrf())
				.param("amount", "50.00")
				.param("payout", "BANK_TRANSFER")
				.param("payeeAccount", "12")
				.param("reason", "多缴退款"))
			.andExpect(flash().attribute("refundProblem", "refund.error.payee"));
		this.mvc
			.perform(post("/counter/accounts/" + account + "/refunds").session(session)
				.with(csrf())
				.param("amount", "50.00")
				.param("payout", "BANK_TRANSFER")
				.param("payeeAccount", "6222 0212 3456 7890")
				.param("reason", "多缴退款"))
			.andExpect(flash().attribute("notice", "refund.notice.requested"));
		RefundView refund = this.refunds.ofAccount(account).getFirst();
		assertThat(this.refunds.refundable(account)).isEqualTo(Money.ZERO);
		assertThat(this.refunds.decide(refund.refundNumber(), 0, true, clerk)).isEqualTo("refund.error.ownRequest");
		assertThat(this.payments.balance(account)).isEqualTo(Money.of("-50.00"));
		this.mvc
			.perform(post("/supervisor/refunds/" + refund.refundNumber()).session(signIn("supervisor1"))
				.with(csrf())
				.param("version", "0")
				.param("approve", "true"))
			.andExpect(flash().attribute("notice", "refund.notice.approved"));
		assertThat(this.payments.balance(account)).as("approval moves no money").isEqualTo(Money.of("-50.00"));
		this.mvc
			.perform(post("/counter/refunds/" + refund.refundNumber() + "/payout").session(session)
				.with(csrf())
				.param("version", "1")
				.param("reference", "ZZ20261203001"))
			.andExpect(flash().attribute("notice", "refund.notice.paid"));
		assertThat(this.payments.balance(account)).isEqualTo(Money.ZERO);
		assertThat(this.payments.ledger(account, 1).getFirst().kind()).isEqualTo("REFUND");
	}

	@Test
	void aClosedDayTakesNoMoreMoneyUntilASupervisorReopensIt() throws Exception {
		long account = this.testBills.accountWithBills(1, 120);
		String clerk = this.testBills.staff("COUNTER", "day-clerk");
		this.payments.take(account, Money.of("30.00"), PaymentMethod.CASH, "day-1-" + clerk, clerk);
		this.payments.take(account, Money.of("12.50"), PaymentMethod.CARD, "day-2-" + clerk, clerk);
		var session = signIn(clerk);
		this.mvc.perform(post("/counter/day-end").session(session).with(csrf()).param("countedCash", "abc"))
			.andExpect(model().attribute("countedCashError", "dayEnd.error.counted"));
		this.mvc
			.perform(post("/counter/day-end").session(session)
				.with(csrf())
				.param("countedCash", "29.00")
				.param("note", "少一元"))
			.andExpect(flash().attribute("notice", "dayEnd.notice.closed"));
		DayEndView day = this.cashierDays.of(clerk, this.cashierDays.today()).orElseThrow();
		assertThat(day.atClose().cash().total()).isEqualTo(Money.of("30.00"));
		assertThat(day.atClose().card().total()).isEqualTo(Money.of("12.50"));
		assertThat(day.difference()).isEqualTo(Money.of("-1.00"));
		assertThatThrownBy(
				() -> this.payments.take(account, Money.of("5.00"), PaymentMethod.CASH, "day-3-" + clerk, clerk))
			.isInstanceOf(DayClosedException.class);
		this.mvc
			.perform(post("/counter/accounts/" + account + "/payments").session(session)
				.with(csrf())
				.param("amount", "5.00")
				.param("method", "CASH")
				.param("idempotencyKey", "day-4-" + clerk))
			.andExpect(model().attribute("amountError", "payment.error.dayClosed"));
		this.mvc
			.perform(post("/supervisor/day-ends/" + day.id() + "/reopen").session(signIn("supervisor1"))
				.with(csrf())
				.param("version", String.valueOf(day.version()))
				.param("reason", "补收一笔"))
			.andExpect(flash().attribute("notice", "dayEnd.notice.reopened"));
		this.payments.take(account, Money.of("5.00"), PaymentMethod.CASH, "day-5-" + clerk, clerk);
		this.mvc.perform(get("/supervisor/day-ends").session(signIn("supervisor1"))).andExpect(status().isOk());
	}

	@Test
	void twoHundredSubmissionsOfTheSamePaymentAtOnceTakeItOnce() throws Exception {
		long account = this.testBills.accountWithBills(1, 300);
		String clerk = this.testBills.staff("COUNTER", "race-clerk");
		Money before = this.payments.balance(account);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(200);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			results.add(pool.submit(() -> {
				start.await();
				return this.payments.take(account, Money.of("88.88"), PaymentMethod.CASH, "race-200-" + clerk, clerk);
			}));
		}
		start.countDown();
		Set<String> receipts = ConcurrentHashMap.newKeySet();
		for (Future<String> result : results) {
			receipts.add(result.get());
		}
		pool.shutdown();
		assertThat(receipts).hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from payment where idempotency_key = ?")
			.param("race-200-" + clerk)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.payments.balance(account)).isEqualTo(before.minus(Money.of("88.88")));
	}

	private List<Money> outstanding(List<BillView> bills) {
		return bills.stream()
			.map((bill) -> this.bills.forStaff(bill.billNumber(), this.customers.counter(),
					org.utilityportal.audit.AccessChannel.WEB))
			.map(BillPage::outstanding)
			.toList();
	}

}
