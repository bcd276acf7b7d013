package org.utilityportal.payment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.utilityportal.billing.Bills;
import org.utilityportal.billing.BillView;
import org.utilityportal.billing.Payments;
import org.utilityportal.identity.CustomerLogins;
import org.utilityportal.sandbox.internal.SandboxProvider;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.security.HmacSignature;
import org.utilityportal.shared.web.FormEncoding;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Online payment through the sandbox provider over real HTTP: an order is paid only on
 * the provider's signed word; replayed, late, unknown, tampered and mismatched
 * notifications are refused, answered and recorded; 50 replays and 200 submissions make
 * one payment; the status query finds a payment whose notification never came; orders
 * expire and are closed at the provider.
 */
class OnlinePaymentIT extends IntegrationTest {

	@Autowired
	private PaymentOrders orders;

	@Autowired
	private Payments payments;

	@Autowired
	private Bills bills;

	@Autowired
	private CustomerLogins logins;

	@Autowired
	private SandboxProvider sandbox;

	@Value("${portal.payments.sandbox.secret}")
	private String secret;

	@Value("${portal.payments.sandbox.merchant-id}")
	private String merchant;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aCustomerPaysABillAtTheProviderAndTheNotificationSettlesIt() throws Exception {
		long account = this.testBills.accountWithBills(1, 240);
		BillView bill = this.bills.ofAccount(account).getFirst();
		long customerId = bill.customerId();
		String username = "pay-" + UUID.randomUUID().toString().substring(0, 8);
		this.logins.register(customerId, username, DEMO_PASSWORD, "在线缴费");
		var session = signIn(username);
		String checkout = this.mvc
			.perform(post("/my/payments").session(session)
				.with(csrf())
				.param("billNumber", bill.billNumber())
				.param("provider", "sandbox")
				.param("token", "tok-" + username))
			.andExpect(redirectedUrlPattern("/sandbox-pay/checkout/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		OrderView order = this.orders.ofAccount(account).getFirst();
		assertThat(order.isWaiting()).isTrue();
		assertThat(order.amount()).isEqualTo(bill.charges());
		assertThat(this.payments.ofAccount(account)).as("no payment before the provider says so").isEmpty();

		this.mvc.perform(get(checkout)).andExpect(status().isOk());
		this.mvc.perform(post(checkout).with(csrf()).param("action", "pay"))
			.andExpect(redirectedUrlPattern("http://*/my/payments/" + order.orderNumber()));

		OrderView paid = this.orders.order(order.orderNumber());
		assertThat(paid.status()).isEqualTo("PAID");
		assertThat(paid.confirmedBy()).isEqualTo("NOTIFICATION");
		assertThat(this.payments.receipt(paid.receiptNumber()).allocations().getFirst().billNumber())
			.isEqualTo(bill.billNumber());
		assertThat(this.payments.balance(account)).isEqualTo(Money.ZERO);
		assertThat(outcomes(order.orderNumber())).containsExactly("ACCEPTED");
		this.mvc.perform(get("/my/payments/" + order.orderNumber()).session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/my/payments/" + order.orderNumber()).session(signIn("customer1")))
			.andExpect(status().isNotFound());
	}

	@Test
	void fiftyReplaysOfOneNotificationMakeOnePayment() throws Exception {
		OrderView order = newOrder();
		Map<String, String> notification = notification(order, order.amount().toString(), "CNY", this.clock.instant());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(50);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return send(notification);
			}));
		}
		start.countDown();
		for (Future<HttpResponse<String>> answer : answers) {
			assertThat(answer.get().statusCode()).isEqualTo(200);
			assertThat(answer.get().body()).contains("SUCCESS");
		}
		pool.shutdown();
		assertThat(this.jdbc.sql("select count(*) from payment where idempotency_key = ?")
			.param("order-" + order.orderNumber())
			.query(Long.class)
			.single()).isEqualTo(1);
		List<String> outcomes = outcomes(order.orderNumber());
		assertThat(outcomes).hasSize(50).containsOnlyOnce("ACCEPTED");
		assertThat(outcomes.stream().filter("REPLAYED"::equals)).hasSize(49);
	}

	@Test
	void tamperedLateUnknownAndMismatchedNotificationsAreRefusedAnsweredAndRecorded() throws Exception {
		OrderView order = newOrder();
		String amount = order.amount().toString();

		Map<String, String> tampered = new LinkedHashMap<>(notification(order, amount, "CNY", this.clock.instant()));
		tampered.put("amount", "0.01");
		assertRefused(tampered, "BAD_SIGNATURE");

		assertRefused(notification(order, amount, "CNY", this.clock.instant().minus(Duration.ofMinutes(10))), "LATE");
		assertRefused(
				notification(order, order.amount().plus(Money.of("1.00")).toString(), "CNY", this.clock.instant()),
				"MISMATCH");
		assertRefused(notification(order, amount, "USD", this.clock.instant()), "MISMATCH");

		Map<String, String> unknown = new LinkedHashMap<>(notification(order, amount, "CNY", this.clock.instant()));
		unknown.put("order_no", "PO19990101" + "00000001");
		assertRefused(HmacSignature.signed(unknown, this.secret), "UNKNOWN_ORDER");

		Map<String, String> wrongSecret = HmacSignature.signed(notification(order, amount, "CNY", this.clock.instant()),
				"not-the-secret");
		assertRefused(wrongSecret, "BAD_SIGNATURE");

		assertThat(this.orders.order(order.orderNumber()).status()).isEqualTo("CREATED");
		assertThat(this.payments.ofAccount(order.accountId())).isEmpty();
		assertThat(outcomes(order.orderNumber())).containsExactly("BAD_SIGNATURE", "LATE", "MISMATCH", "MISMATCH",
				"BAD_SIGNATURE");
	}

	@Test
	void theStatusQueryFindsAPaymentWhoseNotificationNeverCame() {
		OrderView order = newOrder();
		String txnId = this.jdbc.sql("select txn_id from sandbox_transaction where merchant_order_no = ?")
			.param(order.orderNumber())
			.query(String.class)
			.single();
		assertThat(this.sandbox.pay(txnId)).isTrue();
		OrderView refreshed = this.orders.refresh(order.orderNumber());
		assertThat(refreshed.status()).isEqualTo("PAID");
		assertThat(refreshed.confirmedBy()).isEqualTo("QUERY");
		assertThat(refreshed.providerTxnId()).isEqualTo(txnId);
	}

	@Test
	void anUnpaidOrderExpiresIsClosedAtTheProviderAndALateNotificationIsRefused() throws Exception {
		OrderView order = newOrder();
		this.clock.advance(Duration.ofMinutes(16));
		this.orders.refreshWaiting();
		assertThat(this.orders.order(order.orderNumber()).status()).isEqualTo("EXPIRED");
		assertThat(this.jdbc.sql("select status from sandbox_transaction where merchant_order_no = ?")
			.param(order.orderNumber())
			.query(String.class)
			.single()).isEqualTo("CLOSED");
		assertRefused(notification(order, order.amount().toString(), "CNY", this.clock.instant()), "LATE");
		assertThat(this.payments.ofAccount(order.accountId())).isEmpty();
	}

	@Test
	void twoHundredSubmissionsOfTheSameOrderFormMakeOneOrder() throws Exception {
		long account = this.testBills.accountWithBills(1, 90);
		BillView bill = this.bills.ofAccount(account).getFirst();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(200);
		List<Future<String>> numbers = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			numbers.add(pool.submit(() -> {
				start.await();
				return this.orders
					.create(bill.customerId(), List.of(bill.billNumber()), "sandbox", "same-form-" + account, base(),
							"test")
					.orderNumber();
			}));
		}
		start.countDown();
		java.util.Set<String> distinct = new java.util.HashSet<>();
		for (Future<String> number : numbers) {
			distinct.add(number.get());
		}
		pool.shutdown();
		assertThat(distinct).hasSize(1);
		assertThat(this.orders.ofAccount(account)).hasSize(1);
	}

	private OrderView newOrder() {
		long account = this.testBills.accountWithBills(1, 200);
		BillView bill = this.bills.ofAccount(account).getFirst();
		return this.orders.create(bill.customerId(), List.of(bill.billNumber()), "sandbox", "test-" + UUID.randomUUID(),
				base(), "test");
	}

	private Map<String, String> notification(OrderView order, String amount, String currency, Instant sentAt) {
		String txnId = this.jdbc.sql("select txn_id from sandbox_transaction where merchant_order_no = ?")
			.param(order.orderNumber())
			.query(String.class)
			.single();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("merchant_id", this.merchant);
		fields.put("order_no", order.orderNumber());
		fields.put("txn_id", txnId);
		fields.put("amount", amount);
		fields.put("currency", currency);
		fields.put("status", "SUCCESS");
		fields.put("paid_at", sentAt.toString());
		fields.put("nonce", UUID.randomUUID().toString());
		fields.put("timestamp", sentAt.toString());
		return HmacSignature.signed(fields, this.secret);
	}

	private void assertRefused(Map<String, String> notification, String outcome) throws Exception {
		HttpResponse<String> answer = send(notification);
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("FAIL").contains(outcome);
	}

	private HttpResponse<String> send(Map<String, String> fields) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + "/payments/notify/sandbox"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(fields)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private List<String> outcomes(String orderNumber) {
		return this.jdbc.sql("select outcome from provider_notification where order_number = ? order by id")
			.param(orderNumber)
			.query(String.class)
			.list();
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
