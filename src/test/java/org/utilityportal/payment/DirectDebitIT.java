package org.utilityportal.payment;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.utilityportal.billing.Payments;
import org.utilityportal.identity.CustomerLogins;
import org.utilityportal.notification.Notifications;
import org.utilityportal.shared.money.Money;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Direct debit through the bank: a mandate works only once a supervisor approved it; a
 * collection writes the bank's debit file; nothing is paid until the return file says so;
 * the return file marks each debit paid (a payment) or failed (a notice to the customer);
 * a wrong return file changes nothing and says which line is wrong.
 */
class DirectDebitIT extends IntegrationTest {

	@Autowired
	private Mandates mandates;

	@Autowired
	private DirectDebits debits;

	@Autowired
	private Payments payments;

	@Autowired
	private CustomerLogins logins;

	@Autowired
	private Notifications notifications;

	@Test
	void aMandateNeedsASupervisorWhoDidNotRecordIt() throws Exception {
		long account = this.testBills.accountWithBills(1, 100);
		var clerk = signIn("counter1");
		this.mvc
			.perform(post("/counter/accounts/" + account + "/direct-debit").session(clerk)
				.with(csrf())
				.param("bankCode", "ICBC")
				.param("bankAccount", "12ab")
				.param("holderName", ""))
			.andExpect(model().attribute("bankAccountError", "mandate.error.bankAccount"))
			.andExpect(model().attribute("holderNameError", "mandate.error.holder"));
		assertThat(this.mandates.ofAccount(account)).isEmpty();
		this.mvc
			.perform(post("/counter/accounts/" + account + "/direct-debit").session(clerk)
				.with(csrf())
				.param("bankCode", "CCB")
				.param("bankAccount", "6217 0000 1111 2222")
				.param("holderName", "测试户主"))
			.andExpect(flash().attribute("notice", "mandate.notice.requested"));
		MandateView mandate = this.mandates.ofAccount(account).getFirst();
		assertThat(mandate.status()).isEqualTo("REQUESTED");
		assertThat(mandate.maskedBankAccount()).isEqualTo("************2222");
		this.mvc
			.perform(post("/supervisor/mandates/" + mandate.id()).session(clerk)
				.with(csrf())
				.param("version", "0")
				.param("approve", "true"))
			.andExpect(status().isForbidden());
		assertThat(this.debits.collect(LocalDate.now(this.clock), "supervisor1") == null
				|| !debitFile(latestBatch()).contains(mandate.accountNumber()))
			.as("a mandate not yet approved is not collected from")
			.isTrue();
		this.mvc
			.perform(post("/supervisor/mandates/" + mandate.id()).session(signIn("supervisor1"))
				.with(csrf())
				.param("version", "0")
				.param("approve", "true"))
			.andExpect(flash().attribute("notice", "mandate.notice.approved"));
		assertThat(this.mandates.ofAccount(account).getFirst().status()).isEqualTo("ACTIVE");

		long other = this.testBills.accountWithBills(1, 100);
		this.mandates.request(other, "BOC", "62160000333344445", "某户主", "supervisor2");
		long otherId = this.mandates.ofAccount(other).getFirst().id();
		assertThat(this.mandates.decide(otherId, 0, true, "supervisor2")).isEqualTo("mandate.error.ownRequest");
	}

	@Test
	void theBanksReturnFileMakesPaymentsOfPaidDebitsAndNoticesOfFailedOnes() throws Exception {
		long paying = this.testBills.accountWithBills(1, 180);
		long failing = this.testBills.accountWithBills(1, 120);
		approvedMandate(paying);
		approvedMandate(failing);
		String username = "dd-" + UUID.randomUUID().toString().substring(0, 8);
		long failingCustomer = this.jdbc.sql("select customer_id from service_account where id = ?")
			.param(failing)
			.query(Long.class)
			.single();
		this.logins.register(failingCustomer, username, DEMO_PASSWORD, "代扣失败");
		Money owedPaying = this.payments.balance(paying);
		Money owedFailing = this.payments.balance(failing);

		DebitBatchView batch = this.debits.collect(LocalDate.now(this.clock), "supervisor1");
		String file = this.mvc
			.perform(get("/supervisor/direct-debit/" + batch.batchNumber() + ".txt").session(signIn("supervisor1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(file).startsWith("H|DEBIT|" + batch.batchNumber() + "|");
		assertThat(file).contains("|" + owedPaying + "|" + number(paying));
		String payingRef = reference(file, paying);
		String failingRef = reference(file, failing);
		assertThat(this.payments.balance(paying)).as("nothing paid before the bank says so").isEqualTo(owedPaying);
		assertThat(this.payments.ofAccount(paying)).isEmpty();

		String returnFile = "H|RETURN|" + batch.batchNumber() + "|" + LocalDate.now(this.clock) + "\n" + "D|"
				+ payingRef + "|00|" + owedPaying + "|BK0001\n" + "D|" + failingRef + "|01|" + owedFailing + "|\n"
				+ "T|2\n";
		this.mvc
			.perform(
					multipart("/supervisor/direct-debit/" + batch.batchNumber() + "/return")
						.file(new MockMultipartFile("file", "return.txt", "text/plain",
								returnFile.getBytes(StandardCharsets.UTF_8)))
						.session(signIn("supervisor1"))
						.with(csrf()))
			.andExpect(flash().attribute("notice", "returnFile.notice.applied"));

		assertThat(this.payments.balance(paying)).isEqualTo(Money.ZERO);
		assertThat(this.payments.ofAccount(paying).getFirst().method().name()).isEqualTo("AUTO_BANK");
		assertThat(this.payments.ofAccount(paying).getFirst().allocations()).isNotEmpty();
		assertThat(this.payments.balance(failing)).isEqualTo(owedFailing);
		long login = this.jdbc.sql("select id from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
		assertThat(this.notifications.inbox(login, 5)).anySatisfy((item) -> {
			assertThat(item.messageKey()).isEqualTo("debit.notice.failed.01");
			assertThat(item.args()).contains(number(failing), owedFailing.toString());
		});
		assertThat(this.debits.failed(batch.batchNumber(), 50))
			.anySatisfy((debit) -> assertThat(debit.reasonKey()).isEqualTo("debitReason.01"));

		ReturnResult again = this.debits.applyReturn(batch.batchNumber(),
				new ByteArrayInputStream(returnFile.getBytes(StandardCharsets.UTF_8)), "return.txt", "supervisor1");
		assertThat(again.paid()).isZero();
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(this.payments.ofAccount(paying)).hasSize(1);

		DebitBatchView next = this.debits.collect(LocalDate.now(this.clock).plusDays(1), "supervisor1");
		String nextFile = debitFile(next.batchNumber());
		assertThat(nextFile).contains(number(failing)).doesNotContain(number(paying));
	}

	@Test
	void aWrongReturnFileIsRefusedLineByLineAndChangesNothing() throws Exception {
		long account = this.testBills.accountWithBills(1, 140);
		approvedMandate(account);
		DebitBatchView batch = this.debits.collect(LocalDate.now(this.clock), "supervisor1");
		String ref = reference(debitFile(batch.batchNumber()), account);
		Money owed = this.payments.balance(account);
		String wrong = "H|RETURN|" + batch.batchNumber() + "|2026-01-01\n" + "D|" + ref + "|00|"
				+ owed.plus(Money.of("1")) + "|BK1\n" + "D|DI999999999999|00|1.00|BK2\n" + "D|" + ref + "|77|1.00|\n"
				+ "D|" + ref + "|00|abc|BK3\n" + "T|4\n";
		this.mvc
			.perform(multipart("/supervisor/direct-debit/" + batch.batchNumber() + "/return")
				.file(new MockMultipartFile("file", "wrong.txt", "text/plain", wrong.getBytes(StandardCharsets.UTF_8)))
				.session(signIn("supervisor1"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-line=\"4\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-line=\"5\"")));
		ReturnResult result = this.debits.applyReturn(batch.batchNumber(),
				new ByteArrayInputStream(wrong.getBytes(StandardCharsets.UTF_8)), "wrong.txt", "supervisor1");
		assertThat(result.isApplied()).isFalse();
		assertThat(result.problems()).extracting(ImportProblem::messageKey)
			.contains("returnFile.error.result", "file.error.amount");
		String amountsOnly = "H|RETURN|" + batch.batchNumber() + "|2026-01-01\n" + "D|" + ref + "|00|"
				+ owed.plus(Money.of("1")) + "|BK1\n" + "D|DI999999999999|00|1.00|BK2\n" + "T|2\n";
		ReturnResult compared = this.debits.applyReturn(batch.batchNumber(),
				new ByteArrayInputStream(amountsOnly.getBytes(StandardCharsets.UTF_8)), "wrong.txt", "supervisor1");
		assertThat(compared.problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
			.contains(org.assertj.core.groups.Tuple.tuple(2, "returnFile.error.amount"),
					org.assertj.core.groups.Tuple.tuple(3, "returnFile.error.unknown"));
		assertThat(this.payments.balance(account)).isEqualTo(owed);
		assertThat(this.debits.batch(batch.batchNumber()).paidCount()).isZero();
	}

	private void approvedMandate(long account) {
		assertThat(this.mandates.request(account, "ICBC", "6222" + (100000000L + account), "户主" + account, "counter1"))
			.isNull();
		MandateView mandate = this.mandates.ofAccount(account).getFirst();
		assertThat(this.mandates.decide(mandate.id(), mandate.version(), true, "supervisor1")).isNull();
	}

	private String latestBatch() {
		return this.debits.recent(1).getFirst().batchNumber();
	}

	private String debitFile(String batchNumber) throws Exception {
		StringWriter out = new StringWriter();
		this.debits.debitFile(batchNumber, out);
		return out.toString();
	}

	private String number(long account) {
		return this.customers.accountNumber(account);
	}

	private String reference(String file, long account) {
		return List.of(file.split("\n"))
			.stream()
			.filter((line) -> line.endsWith("|" + number(account)))
			.findFirst()
			.orElseThrow()
			.split("\\|")[1];
	}

}
