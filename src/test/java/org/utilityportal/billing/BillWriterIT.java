package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.billing.internal.BillDraft;
import org.utilityportal.billing.internal.BillOutcome;
import org.utilityportal.billing.internal.BillWriter;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.Reading;
import org.utilityportal.metering.ReadingKind;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Quantity;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.shared.money.UnitPrice;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.tariff.ChargeLine;
import org.utilityportal.tariff.LineKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The billing run's chunk writer with two bills of one account in a chunk: both are
 * written and the balance moves as if they had been written one after the other.
 */
class BillWriterIT extends IntegrationTest {

	private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

	@Autowired
	BillWriter writer;

	@Autowired
	MeterReadings readings;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void twoBillsOfOneAccountInAChunkBothMoveItsBalance() throws Exception {
		Account first = account();
		Account other = account();

		write(bill(first, 0, "10.00", "0.00"), bill(other, 0, "5.00", "0.00"), bill(first, 1, "20.00", "10.00"));

		assertThat(balance(first)).isEqualTo("30.00|" + due(0));
		assertThat(balance(other)).isEqualTo("5.00|" + due(0));
		assertThat(this.jdbc.sql("select count(*) from bill where account_id = ?")
			.param(first.id())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aBillACreditCoveredLeavesTheNextBillsDueDateTheOldestUnpaid() throws Exception {
		Account account = account();

		write(bill(account, 0, "-50.00", "0.00"), bill(account, 1, "80.00", "-50.00"));

		// After the first bill the account is in credit: nothing is unpaid, so the
		// oldest unpaid due date is the second bill's (a sum of the two would say the
		// first's).
		assertThat(balance(account)).isEqualTo("30.00|" + due(1));
	}

	private void write(BillDraft... bills) {
		this.transactions.executeWithoutResult((status) -> {
			try {
				this.writer.of(null, Instant.parse("2026-07-03T02:00:00Z"))
					.write(new Chunk<>(List.of(bills)
						.stream()
						.map((bill) -> new BillOutcome(bill.accountId(), bill, null, null))
						.toList()));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private String balance(Account account) {
		return this.jdbc.sql("select balance, oldest_unpaid_due from account_balance where account_id = ?")
			.param(account.id())
			.query((row, i) -> row.getBigDecimal(1).toPlainString() + "|" + row.getObject(2, LocalDate.class))
			.single();
	}

	private Account account() {
		long customerId = this.customers.open("两张账单");
		long accountId = this.customers.openElectricity(customerId);
		this.readings.saveAsGiven(List.of(reading(accountId, MAY.minusDays(1), "100"),
				reading(accountId, MAY.plusMonths(2).minusDays(1), "300")));
		return new Account(accountId, customerId,
				this.readings.lastOnOrBefore(accountId, MAY.minusDays(1)).orElseThrow(),
				this.readings.lastOnOrBefore(accountId, MAY.plusMonths(2)).orElseThrow());
	}

	/** The bill of the account's month {@code month} after May, one line. */
	private static BillDraft bill(Account account, int month, String charges, String previousDue) {
		LocalDate from = MAY.plusMonths(month);
		LocalDate to = from.plusMonths(1);
		Money amount = Money.of(charges);
		ChargeLine line = new ChargeLine(LineKind.ADJUSTMENT, 0, null, false, "测试", "test",
				new Quantity(amount.amount(), Unit.YUAN), new UnitPrice(BigDecimal.ONE, Unit.YUAN), amount, 0, null,
				from, to);
		Money previous = Money.of(previousDue);
		return new BillDraft("T%d-%d".formatted(account.id(), month), account.id(), account.customerId(),
				Utility.ELECTRICITY, TariffCategory.RESIDENTIAL, from, to, account.opening(), account.closing(),
				new BigDecimal("100"), Unit.KWH, new BigDecimal("100"), List.of(line), amount, previous, Money.ZERO,
				previous.plus(amount), due(month), List.of());
	}

	private static LocalDate due(int month) {
		return MAY.plusMonths(month + 1).plusDays(24);
	}

	private static Reading reading(long accountId, LocalDate day, String total) {
		return new Reading(0, accountId, day, ReadingSource.ACTUAL, ReadingKind.REGULAR, new BigDecimal(total), null,
				null, null, null, null, null, false, "test", Instant.EPOCH);
	}

	private record Account(long id, long customerId, Reading opening, Reading closing) {
	}

}
