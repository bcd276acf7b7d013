package org.utilityportal.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.shared.money.Money;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger invariant: for every account, the ledger (bills with their corrections and
 * charges, payments, reversals, refunds, and any other kind of entry) sums to the balance
 * shown to the customer and at the counter, over all the data in the database (the demo
 * data and what other tests made) and over generated data: accounts billed for months and
 * paid, overpaid, reversed and refunded at random.
 */
class LedgerInvariantIT extends IntegrationTest {

	@Autowired
	private Payments payments;

	@Autowired
	private Reversals reversals;

	@Autowired
	private Refunds refunds;

	@Test
	void everyAccountsLedgerSumsToItsBalanceOverAllData() throws Exception {
		assertThat(this.jdbc.sql("select count(*) from ledger_entry").query(Long.class).single()).isGreaterThan(200);
		assertInvariant();
	}

	@Test
	void generatedPaymentsReversalsAndRefundsKeepTheLedgerAndTheBalanceTogether() throws Exception {
		Random random = new Random(11);
		String clerk = this.testBills.staff("COUNTER", "ledger-clerk");
		List<Long> accounts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			accounts.add(this.testBills.accountWithBills(2, 180 + 70 * i));
		}
		List<String> receipts = new ArrayList<>();
		for (int round = 0; round < 20; round++) {
			long account = accounts.get(random.nextInt(accounts.size()));
			Money amount = new Money(BigDecimal.valueOf(100 + random.nextInt(20_000), 2));
			receipts.add(this.payments.take(account, amount, PaymentMethod.CASH, "ledger-gen-" + round + "-" + clerk,
					clerk));
		}
		List<NewPayment> bank = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			bank.add(new NewPayment(accounts.get(i % accounts.size()), Money.of("33.33"), PaymentMethod.AUTO_BANK,
					"ledger-gen-bank-" + i + "-" + clerk, "bank", this.clock.instant(), List.of()));
		}
		assertThat(this.payments.takeAll(bank)).isEqualTo(6);
		assertThat(this.payments.takeAll(bank)).as("the same keys again").isZero();
		for (int i = 0; i < 5; i++) {
			String receipt = receipts.get(random.nextInt(receipts.size()));
			if (this.reversals.request(receipt, "生成数据的冲正", clerk) == null) {
				long id = this.reversals.pending()
					.stream()
					.filter((r) -> r.receiptNumber().equals(receipt))
					.findFirst()
					.orElseThrow()
					.id();
				assertThat(this.reversals.decide(id, 0, true, "supervisor1")).isNull();
			}
		}
		for (long account : accounts) {
			Money refundable = this.refunds.refundable(account);
			if (refundable.isPositive()) {
				String number = this.refunds.request(account, refundable, true, null, "销户退款", clerk);
				assertThat(this.refunds.decide(number, 0, true, "supervisor1")).isNull();
				assertThat(this.refunds.paidOut(number, 1, "现金付讫", clerk)).isNull();
			}
		}
		assertInvariant();
		for (long account : accounts) {
			List<LedgerLine> ledger = this.payments.ledger(account, 500);
			assertThat(ledger.getFirst().balance()).isEqualTo(this.payments.balance(account));
			String page = this.mvc.perform(get("/counter/accounts/" + account + "/billing").session(signIn("counter1")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Money balance = this.payments.balance(account);
			assertThat(page).contains(balance.isNegative() ? balance.negate().toString() : balance.toString());
		}
	}

	/**
	 * Every account: entries sum to the balance, and each kind agrees with its source.
	 */
	private void assertInvariant() throws java.io.IOException {
		assertThat(this.jdbc.sql(java.nio.file.Files.readString(java.nio.file.Path.of("scripts/sql/ledger-check.sql")))
			.query()
			.listOfRows()).as("accounts whose ledger does not sum to their balance (scripts/sql/ledger-check.sql)")
			.isEmpty();
		assertThat(this.jdbc.sql("""
				select count(*) from (
				    select b.account_id, sum(b.charges) as charges from bill b group by b.account_id) b
				where b.charges <> (select coalesce(sum(l.amount), 0) from ledger_entry l
				                    where l.account_id = b.account_id and l.kind = 'BILL')
				""").query(Long.class).single()).as("bills and their entries").isZero();
		assertThat(this.jdbc
			.sql("""
					select count(*) from (
					    select p.account_id, sum(p.amount) as paid, sum(p.amount) filter (where p.reversed_at is not null) as reversed
					    from payment p group by p.account_id) p
					where -p.paid <> (select coalesce(sum(l.amount), 0) from ledger_entry l
					                  where l.account_id = p.account_id and l.kind = 'PAYMENT')
					   or coalesce(p.reversed, 0) <> (select coalesce(sum(l.amount), 0) from ledger_entry l
					                                  where l.account_id = p.account_id and l.kind = 'REVERSAL')
					""")
			.query(Long.class)
			.single()).as("payments, reversals and their entries").isZero();
		assertThat(this.jdbc
			.sql("""
					select count(*) from (
					    select r.account_id, sum(r.amount) filter (where r.status = 'PAID') as paid from refund r group by r.account_id) r
					where coalesce(r.paid, 0) <> (select coalesce(sum(l.amount), 0) from ledger_entry l
					                              where l.account_id = r.account_id and l.kind = 'REFUND')
					""")
			.query(Long.class)
			.single()).as("refunds paid out and their entries").isZero();
		assertThat(this.jdbc
			.sql("""
					select count(*) from payment p
					where p.amount <> p.credit + coalesce((select sum(a.amount) from payment_allocation a where a.payment_id = p.id), 0)
					""")
			.query(Long.class)
			.single()).as("payments whose allocations and credit do not add up").isZero();
	}

}
