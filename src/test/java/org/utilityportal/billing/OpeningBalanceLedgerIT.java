package org.utilityportal.billing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.shared.money.Money;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening balances of the go-live import are part of the ledger: an entry of their own,
 * the previous balance of the first bill, the oldest debt a payment settles, given back
 * by a reversal, and counted by the dunning chain; the ledger still sums to the balance.
 */
class OpeningBalanceLedgerIT extends IntegrationTest {

	@Autowired
	private OpeningBalances openingBalances;

	@Autowired
	private Payments payments;

	@Autowired
	private Reversals reversals;

	@Autowired
	private Bills bills;

	@Autowired
	private Arrears arrears;

	@Test
	void openingArrearsAreBilledPaidFirstGivenBackByAReversalAndReminded() throws Exception {
		long account = this.testBills.accountWithReadings(1, 200);
		YearMonth month = YearMonth.now(this.clock).minusMonths(1);
		LocalDate since = month.atDay(1).minusDays(40);
		assertThat(this.openingBalances
			.recordAll(List.of(new OpeningBalances.Entry(account, Money.of("120.50"), since)), "admin1")).isEqualTo(1);
		assertThat(this.openingBalances
			.recordAll(List.of(new OpeningBalances.Entry(account, Money.of("120.50"), since)), "admin1"))
			.as("the same file again")
			.isZero();
		assertThat(this.payments.balance(account)).isEqualTo(Money.of("120.50"));
		assertThat(this.payments.ledger(account, 10)).extracting(LedgerLine::kind)
			.containsExactly(LedgerKind.OPENING_BALANCE.name());

		this.testBills.bill(month);
		BillView bill = this.bills.ofAccount(account).getFirst();
		assertThat(bill.amountDue()).as("the opening arrears are the first bill's previous balance")
			.isEqualTo(Money.of("120.50").plus(bill.charges()));
		assertThat(this.payments.balance(account)).isEqualTo(bill.amountDue());

		String clerk = this.testBills.staff("COUNTER", "opening-clerk");
		String first = this.payments.take(account, Money.of("50.00"), PaymentMethod.CASH, "opening-1-" + clerk, clerk);
		assertThat(this.openingBalances.outstanding(account)).isEqualTo(Money.of("70.50"));
		assertThat(this.payments.receipt(first).allocations()).as("nothing of the bill: the arrears are older")
			.isEmpty();
		String second = this.payments.take(account, Money.of("80.50"), PaymentMethod.CASH, "opening-2-" + clerk, clerk);
		assertThat(this.openingBalances.outstanding(account)).isEqualTo(Money.ZERO);
		assertThat(this.payments.receipt(second).allocations()).singleElement()
			.satisfies((allocation) -> assertThat(allocation.amount()).isEqualTo(Money.of("10.00")));

		assertThat(this.reversals.request(first, "收错账户", clerk)).isNull();
		long reversal = this.reversals.pending()
			.stream()
			.filter((r) -> r.receiptNumber().equals(first))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.reversals.decide(reversal, 0, true, "supervisor1")).isNull();
		assertThat(this.openingBalances.outstanding(account)).as("the reversal gives back what it settled")
			.isEqualTo(Money.of("50.00"));
		assertThat(this.payments.balance(account)).isEqualTo(bill.amountDue().minus(Money.of("80.50")));

		this.arrears.remind();
		assertThat(this.jdbc.sql(
				"select bills[1] from arrears_notice where account_id = ? and kind = 'REMINDER' order by id desc limit 1")
			.param(account)
			.query(String.class)
			.optional()).as("the opening arrears, 40 days and more overdue, are reminded").contains("OPENING");
		assertLedgerHolds();
	}

	@Test
	void anOpeningCreditIsTakenOffTheFirstBill() throws Exception {
		long account = this.testBills.accountWithReadings(1, 150);
		YearMonth month = YearMonth.now(this.clock).minusMonths(1);
		this.openingBalances.recordAll(
				List.of(new OpeningBalances.Entry(account, Money.of("-20.00"), month.atDay(1).minusDays(3))), "admin1");
		assertThat(this.payments.balance(account)).isEqualTo(Money.of("-20.00"));
		this.testBills.bill(month);
		BillView bill = this.bills.ofAccount(account).getFirst();
		assertThat(bill.amountDue()).isEqualTo(bill.charges().minus(Money.of("20.00")));
		assertThat(this.payments.balance(account)).isEqualTo(bill.amountDue());
		assertLedgerHolds();
	}

	private void assertLedgerHolds() throws java.io.IOException {
		assertThat(this.jdbc.sql(Files.readString(Path.of("scripts/sql/ledger-check.sql"))).query().listOfRows())
			.isEmpty();
		assertThat(this.jdbc.sql("""
				select count(*) from opening_balance ob
				where ob.amount <> (select coalesce(sum(l.amount), 0) from ledger_entry l
				                    where l.account_id = ob.account_id and l.kind = 'OPENING_BALANCE')
				""").query(Long.class).single()).as("opening balances and their entries").isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from payment p
				where p.amount <> p.credit + p.opening_paid
				               + coalesce((select sum(a.amount) from payment_allocation a where a.payment_id = p.id), 0)
				""").query(Long.class).single()).as("payments whose parts do not add up").isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from opening_balance ob
				where greatest(ob.amount, 0) < (select coalesce(sum(p.opening_paid), 0) from payment p
				                                where p.account_id = ob.account_id and p.reversed_at is null)
				""").query(Long.class).single()).as("opening arrears paid more than once").isZero();
	}

}
