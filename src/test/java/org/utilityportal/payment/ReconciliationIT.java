package org.utilityportal.payment;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.utilityportal.billing.BillView;
import org.utilityportal.billing.Bills;
import org.utilityportal.sandbox.internal.SandboxProvider;
import org.utilityportal.shared.security.HmacSignature;
import org.utilityportal.shared.web.FormEncoding;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Daily reconciliation: the provider's statement against the orders the portal saw paid,
 * the bank's against the debits returned paid; matched, missing on either side, amounts
 * that differ; each difference a task closed with a reason; a page, a CSV and the API.
 * Each test reconciles a day of its own (the clock moved far ahead), since a source and
 * day are reconciled once.
 */
class ReconciliationIT extends IntegrationTest {

	@Autowired
	private PaymentOrders orders;

	@Autowired
	private Reconciliations reconciliations;

	@Autowired
	private Bills bills;

	@Autowired
	private SandboxProvider sandbox;

	@Autowired
	private Mandates mandates;

	@Autowired
	private DirectDebits debits;

	@Value("${portal.payments.sandbox.secret}")
	private String secret;

	@Value("${portal.payments.sandbox.merchant-id}")
	private String merchant;

	@Test
	void aProviderStatementIsComparedWithTheOrdersPaidThatDay() throws Exception {
		List<BillView> billsToPay = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			billsToPay.add(this.bills.ofAccount(this.testBills.accountWithBills(1, 100 + 10 * i)).getFirst());
		}
		LocalDate day = farDay();
		List<OrderView> paid = new ArrayList<>();
		for (BillView bill : billsToPay) {
			paid.add(this.orders.create(bill.customerId(), List.of(bill.billNumber()), "sandbox",
					"recon-" + UUID.randomUUID(), base(), "test"));
		}
		payAtSandbox(paid.get(0));
		payAtSandbox(paid.get(1));
		// The third is paid in the portal on a notification the provider's books do not
		// show.
		forgedNotification(paid.get(2));
		String statement = this.sandbox.statement(signed(Map.of("date", day.toString())));
		List<String> lines = new ArrayList<>(List.of(statement.split("\n")));
		String second = lines.stream().filter((l) -> l.contains(paid.get(1).orderNumber())).findFirst().orElseThrow();
		lines.set(lines.indexOf(second), second.replace("|" + paid.get(1).amount() + "|", "|0.01|"));
		lines.add(lines.size() - 1, "D|PO29990101XXXXXXXX|SBXUNKNOWN|9.99|" + day + "T12:00:00+08:00");
		String file = rebuild(lines, "SANDBOX", day);

		var supervisor = signIn("supervisor1");
		String location = this.mvc
			.perform(multipart("/supervisor/reconciliation")
				.file(new MockMultipartFile("file", "sandbox.txt", "text/plain", file.getBytes(StandardCharsets.UTF_8)))
				.param("source", "sandbox")
				.param("day", day.toString())
				.param("how", "upload")
				.session(supervisor)
				.with(csrf()))
			.andExpect(flash().attribute("notice", "reconciliation.notice.done"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		ReconciliationView result = this.reconciliations.reconciliation(id);
		assertThat(result.matched()).isEqualTo(1);
		assertThat(result.amountDifferences()).isEqualTo(1);
		assertThat(result.missingInPortal()).isEqualTo(1);
		assertThat(result.missingInStatement()).isEqualTo(1);
		assertThat(result.openDifferences()).isEqualTo(3);

		DifferenceView missing = this.reconciliations.differences(id, 0, 10)
			.stream()
			.filter((d) -> d.kind().equals("MISSING_IN_STATEMENT"))
			.findFirst()
			.orElseThrow();
		assertThat(missing.reference()).isEqualTo(paid.get(2).orderNumber());
		this.mvc
			.perform(post("/supervisor/reconciliation/differences/" + missing.id() + "/close").session(supervisor)
				.with(csrf())
				.param("version", "0")
				.param("reason", "支付机构次日补入对账单"))
			.andExpect(flash().attribute("notice", "difference.notice.closed"));
		assertThat(this.reconciliations.reconciliation(id).openDifferences()).isEqualTo(2);
		String csv = this.mvc.perform(get("/supervisor/reconciliation/" + id + ".csv").session(supervisor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(paid.get(1).orderNumber()).contains("AMOUNT_DIFFERS").contains("支付机构次日补入对账单");
		this.mvc.perform(get("/api/v1/reconciliations/" + id).with(httpBasic("supervisor1", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.missingInPortal").value(1));
		this.mvc.perform(get("/api/v1/reconciliations/" + id).with(httpBasic("counter1", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());

		ReconcileResult again = this.reconciliations.reconcile("sandbox", day,
				new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "again.txt", "supervisor1");
		assertThat(again.problems()).extracting(ImportProblem::messageKey).containsExactly("reconciliation.error.done");
	}

	@Test
	void theStatementCanBeFetchedFromTheProvider() {
		BillView bill = this.bills.ofAccount(this.testBills.accountWithBills(1, 77)).getFirst();
		LocalDate day = farDay();
		OrderView order = this.orders.create(bill.customerId(), List.of(bill.billNumber()), "sandbox",
				"recon-fetch-" + UUID.randomUUID(), base(), "test");
		payAtSandbox(order);
		ReconcileResult result = this.reconciliations.fetch("sandbox", day, "supervisor1");
		assertThat(result.isImported()).isTrue();
		assertThat(result.reconciliation().matched()).isEqualTo(1);
		assertThat(result.reconciliation().isBalanced()).isTrue();
	}

	@Test
	void theBanksStatementIsComparedWithTheDebitsItReturnedPaid() {
		long account = this.testBills.accountWithBills(1, 90);
		this.mandates.request(account, "ABC", "62284800" + account, "银行对账户", "counter1");
		MandateView mandate = this.mandates.ofAccount(account).getFirst();
		this.mandates.decide(mandate.id(), mandate.version(), true, "supervisor1");
		LocalDate day = farDay();
		DebitBatchView batch = this.debits.collect(day, "supervisor1");
		StringBuilder returned = new StringBuilder("H|RETURN|" + batch.batchNumber() + "|" + day + "\n");
		StringBuilder bank = new StringBuilder();
		BigDecimal total = BigDecimal.ZERO;
		int n = 0;
		for (String line : debitFileLines(batch.batchNumber())) {
			String[] f = line.split("\\|");
			returned.append("D|").append(f[1]).append("|00|").append(f[5]).append("|BK").append(f[1]).append('\n');
			bank.append("D|")
				.append(f[1])
				.append("|BK")
				.append(f[1])
				.append('|')
				.append(f[5])
				.append('|')
				.append(day)
				.append("T09:00:00+08:00\n");
			total = total.add(new BigDecimal(f[5]));
			n++;
		}
		returned.append("T|").append(n).append('\n');
		assertThat(this.debits.applyReturn(batch.batchNumber(),
				new ByteArrayInputStream(returned.toString().getBytes(StandardCharsets.UTF_8)), "r.txt", "supervisor1")
			.isApplied()).isTrue();
		String statement = "H|STATEMENT|BANK|" + day + "|" + n + "|" + total + "\n" + bank + "T|" + n + "|" + total
				+ "\n";
		ReconcileResult result = this.reconciliations.reconcile("bank", day,
				new ByteArrayInputStream(statement.getBytes(StandardCharsets.UTF_8)), "bank.txt", "supervisor1");
		assertThat(result.isImported()).isTrue();
		assertThat(result.reconciliation().matched()).isEqualTo(n);
		assertThat(result.reconciliation().isBalanced()).isTrue();
	}

	@Test
	void aWrongStatementIsRefusedLineByLineAndNothingIsKept() {
		LocalDate day = farDay();
		String wrong = "H|STATEMENT|SANDBOX|" + day + "|2|3.00\n" + "D|PO1|T1|1.00|yesterday\n" + "D||T2|-2|" + day
				+ "T10:00:00+08:00\n" + "T|2|3.00\n";
		ReconcileResult result = this.reconciliations.reconcile("sandbox", day,
				new ByteArrayInputStream(wrong.getBytes(StandardCharsets.UTF_8)), "wrong.txt", "supervisor1");
		assertThat(result.isImported()).isFalse();
		assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::field)
			.contains(org.assertj.core.groups.Tuple.tuple(2, "paidAt"),
					org.assertj.core.groups.Tuple.tuple(3, "reference"),
					org.assertj.core.groups.Tuple.tuple(3, "amount"));
		assertThat(this.reconciliations.recent(500)).noneMatch((r) -> r.statementDate().equals(day));
	}

	/** A day of this test's own, far ahead; the clock stays there until the test ends. */
	private LocalDate farDay() {
		this.clock.advance(Duration.ofDays(1000 + ThreadLocalRandom.current().nextInt(0, 20_000)));
		return LocalDate.now(this.clock);
	}

	private void payAtSandbox(OrderView order) {
		String txnId = this.jdbc.sql("select txn_id from sandbox_transaction where merchant_order_no = ?")
			.param(order.orderNumber())
			.query(String.class)
			.single();
		this.sandbox.pay(txnId);
		assertThat(this.orders.refresh(order.orderNumber()).status()).isEqualTo("PAID");
	}

	private void forgedNotification(OrderView order) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("merchant_id", this.merchant);
		fields.put("order_no", order.orderNumber());
		fields.put("txn_id", "SBXNOTINBOOKS" + ThreadLocalRandom.current().nextInt(1000, 9999));
		fields.put("amount", order.amount().toString());
		fields.put("currency", "CNY");
		fields.put("status", "SUCCESS");
		fields.put("paid_at", this.clock.instant().toString());
		fields.put("nonce", UUID.randomUUID().toString());
		fields.put("timestamp", this.clock.instant().toString());
		var answer = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/payments/notify/sandbox"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString(FormEncoding.encode(HmacSignature.signed(fields, this.secret))))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
	}

	private Map<String, String> signed(Map<String, String> fields) {
		Map<String, String> request = new LinkedHashMap<>(fields);
		request.put("merchant_id", this.merchant);
		request.put("nonce", UUID.randomUUID().toString());
		request.put("timestamp", this.clock.instant().toString());
		return HmacSignature.signed(request, this.secret);
	}

	private static String rebuild(List<String> lines, String source, LocalDate day) {
		List<String> details = lines.stream().filter((l) -> l.startsWith("D|")).toList();
		BigDecimal total = details.stream()
			.map((l) -> new BigDecimal(l.split("\\|")[3]))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return "H|STATEMENT|" + source + "|" + day + "|" + details.size() + "|" + total + "\n"
				+ String.join("\n", details) + "\nT|" + details.size() + "|" + total + "\n";
	}

	private List<String> debitFileLines(String batchNumber) {
		java.io.StringWriter out = new java.io.StringWriter();
		try {
			this.debits.debitFile(batchNumber, out);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return List.of(out.toString().split("\n")).stream().filter((l) -> l.startsWith("D|")).toList();
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
