package org.utilityportal.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.utilityportal.shared.events.BillRecheckRequested;
import org.utilityportal.shared.money.Money;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bills, payments, corrections and re-checks over the demo year of bills. */
@RecordApplicationEvents
class BillingIT extends IntegrationTest {

	@Autowired
	private Payments payments;

	@Autowired
	private ApplicationEvents events;

	@Test
	void everyIssuedBillAddsUpLineByLine() {
		assertThat(this.jdbc.sql("select count(*) from bill").query(Long.class).single()).isGreaterThan(100);
		assertThat(this.jdbc.sql("""
				select count(*) from bill b
				where b.charges <> (select coalesce(sum(l.amount), 0) from bill_line l where l.bill_id = b.id)
				""").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from bill_line where amount <> round(quantity * unit_price, 2)
				""").query(Long.class).single()).isZero();
	}

	@Test
	void theCustomerReadsTheirBillLineByLineWithItsExplanationAndHistory() throws Exception {
		String number = latestBill("E1000000001");
		this.mvc.perform(get("/my/bills/" + number).session(signIn("customer1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("北京市居民生活用电阶梯电价")))
			.andExpect(content().string(containsString("为什么本期账单不同")))
			.andExpect(content().string(containsString("data-chart=\"usage\"")))
			.andExpect(content().string(containsString("银行代扣")));
	}

	@Test
	void anotherCustomersBillAndReceiptAnswer404() throws Exception {
		var session = signIn("customer1");
		this.mvc.perform(get("/my/bills/" + latestBill("E1000000002")).session(session))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/my/bills/" + latestBill("E1000000002") + ".pdf").session(session))
			.andExpect(status().isNotFound());
		String receipt = this.jdbc.sql("""
				select p.receipt_number from payment p join service_account a on a.id = p.account_id
				where a.account_number = 'E1000000002' limit 1
				""").query(String.class).single();
		this.mvc.perform(get("/my/receipts/" + receipt).session(session)).andExpect(status().isNotFound());
	}

	@Test
	void theBillPdfIsAPdf() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/my/bills/" + latestBill("E1000000001") + ".pdf").session(signIn("customer1")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		assertThat(pdf.length).isGreaterThan(5000);
	}

	@Test
	void anEstimatedBillIsCorrectedOnTheNextBillAsItsOwnLines() {
		List<String> kinds = this.jdbc
			.sql("""
						select l.kind from bill_line l join bill b on b.id = l.bill_id join service_account a on a.id = b.account_id
						where a.account_number = 'E1000000002'
					  and exists (select 1 from bill_line c where c.bill_id = b.id and c.kind = 'CORRECTION')
					order by l.line_no
						""")
			.query(String.class)
			.list();
		assertThat(kinds).startsWith("CORRECTION").contains("TIER");
	}

	@Test
	void aRetriedPaymentChargesOnce() throws Exception {
		long accountId = accountId("W1000000004");
		var session = signIn("counter1");
		for (int attempt = 0; attempt < 2; attempt++) {
			this.mvc
				.perform(post("/counter/accounts/" + accountId + "/payments").session(session)
					.with(csrf())
					.param("amount", "12.34")
					.param("method", "CASH")
					.param("idempotencyKey", "retry-test-key"))
				.andExpect(redirectedUrlPattern("/counter/receipts/*"));
		}
		assertThat(this.jdbc.sql("select count(*) from payment where idempotency_key = 'counter-retry-test-key'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theBillPageShowsAPaymentTakenAfterItWasFirstRead() throws Exception {
		long accountId = accountId("E1000000008");
		// A payment settles the oldest unpaid bill first: that is the page to watch.
		String number = this.jdbc.sql("""
				select b.bill_number from bill b where b.account_id = ?
				  and b.charges > coalesce((select sum(a.amount) from payment_allocation a where a.bill_id = b.id), 0)
				order by b.period_from limit 1
				""").param(accountId).query(String.class).single();
		var clerk = signIn("counter1");
		String before = this.mvc.perform(get("/counter/bills/" + number).session(clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String receipt = this.payments.take(accountId, Money.of("0.01"), PaymentMethod.CASH,
				"after-first-read-" + number, "counter1");
		String after = this.mvc.perform(get("/counter/bills/" + number).session(clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(before).doesNotContain(receipt);
		assertThat(after).contains(receipt);
	}

	@Test
	void badPaymentInputIsExplainedNextToTheField() throws Exception {
		long accountId = accountId("W1000000004");
		this.mvc
			.perform(post("/counter/accounts/" + accountId + "/payments").session(signIn("counter1"))
				.with(csrf())
				.param("amount", "12.345")
				.param("method", "CASH")
				.param("idempotencyKey", "bad-input"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("amountError", "payment.error.amount"))
			.andExpect(content().string(containsString("id=\"amount-error\"")));
	}

	@Test
	void twoClerksPayingTheSameBillAtOnceCannotBothSettleIt() throws Exception {
		long accountId = accountId("E1000000008");
		List<Money> before = unpaidBills(accountId);
		Money first = before.getFirst();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> results = new ArrayList<>();
		for (String clerk : List.of("counter1", "counter2")) {
			Callable<String> pay = () -> {
				start.await();
				return this.payments.take(accountId, first, PaymentMethod.CASH, "race-" + clerk, clerk);
			};
			results.add(pool.submit(pay));
		}
		start.countDown();
		List<PaymentReceipt> receipts = new ArrayList<>();
		for (Future<String> result : results) {
			receipts.add(this.payments.receipt(result.get()));
		}
		pool.shutdown();
		BigDecimal settledFirst = this.jdbc.sql("""
				select sum(a.amount) from payment_allocation a join payment p on p.id = a.payment_id
				where p.idempotency_key in ('race-counter1', 'race-counter2') and a.bill_id = (
				    select id from bill where account_id = ? order by period_from limit 1)
				""").param(accountId).query(BigDecimal.class).single();
		assertThat(settledFirst).isEqualByComparingTo(first.amount());
		// Both payments went through, and every yuan of them is accounted for: bills or
		// credit.
		BigDecimal accounted = receipts.stream()
			.map((receipt) -> receipt.allocations()
				.stream()
				.map((allocation) -> allocation.amount().amount())
				.reduce(receipt.credit().amount(), BigDecimal::add))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(accounted).isEqualByComparingTo(first.amount().multiply(BigDecimal.TWO));
	}

	@Test
	void aCorrectionNeedsASecondPersonAndThenAwaitsTheNextBill() throws Exception {
		String number = latestBill("W1000000001");
		this.mvc
			.perform(post("/counter/bills/" + number + "/adjustments").session(signIn("counter1"))
				.with(csrf())
				.param("kind", "CREDIT")
				.param("amount", "5.00")
				.param("reason", "水表读数核对后多计 1 立方米"))
			.andExpect(flash().attribute("notice", "adjustment.notice.requested"));
		long id = this.jdbc.sql("select max(id) from bill_adjustment").query(Long.class).single();
		this.mvc
			.perform(post("/supervisor/adjustments/" + id).session(signIn("counter1"))
				.with(csrf())
				.param("version", "0")
				.param("approve", "true"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/supervisor/adjustments").session(signIn("supervisor1")))
			.andExpect(content().string(containsString("水表读数核对后多计 1 立方米")));
		this.mvc
			.perform(post("/supervisor/adjustments/" + id).session(signIn("supervisor1"))
				.with(csrf())
				.param("version", "0")
				.param("approve", "true"))
			.andExpect(flash().attribute("notice", "adjustment.notice.approved"));
		assertThat(this.jdbc.sql("select status || '|' || decided_by from bill_adjustment where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("APPROVED|supervisor1");
	}

	@Test
	void aRecheckIsRecordedAndPublishedForCasework() throws Exception {
		String number = latestBill("E1000000001");
		this.mvc
			.perform(post("/my/bills/" + number + "/recheck").session(signIn("customer1"))
				.with(csrf())
				.param("reason", "本月用电量比平时高，请核实"))
			.andExpect(flash().attribute("notice", "recheck.notice.sent"));
		assertThat(this.events.stream(BillRecheckRequested.class))
			.anySatisfy((event) -> assertThat(event.billNumber()).isEqualTo(number));
		this.mvc.perform(
				post("/my/bills/" + number + "/recheck").session(signIn("customer1")).with(csrf()).param("reason", " "))
			.andExpect(flash().attribute("problem", "recheck.error.reason"));
	}

	@Test
	void theAccountNeverPaidIsInArrearsWithALegalLetterFlag() throws Exception {
		this.mvc.perform(get("/counter/arrears").session(signIn("counter1")))
			.andExpect(content().string(containsString("E1000000008")))
			.andExpect(content().string(containsString("需发律师函")))
			.andExpect(content().string(not(containsString("E1000000001<"))));
	}

	private String latestBill(String accountNumber) {
		return this.jdbc.sql("""
				select b.bill_number from bill b join service_account a on a.id = b.account_id
				where a.account_number = ? order by b.period_from desc limit 1
				""").param(accountNumber).query(String.class).single();
	}

	private long accountId(String accountNumber) {
		return this.jdbc.sql("select id from service_account where account_number = ?")
			.param(accountNumber)
			.query(Long.class)
			.single();
	}

	private List<Money> unpaidBills(long accountId) {
		return this.jdbc.sql("""
				select b.charges - coalesce((select sum(a.amount) from payment_allocation a where a.bill_id = b.id), 0)
				from bill b where b.account_id = ? and b.charges > 0 order by b.period_from
				""")
			.param(accountId)
			.query(BigDecimal.class)
			.list()
			.stream()
			.filter((amount) -> amount.signum() > 0)
			.map(Money::new)
			.toList();
	}

}
