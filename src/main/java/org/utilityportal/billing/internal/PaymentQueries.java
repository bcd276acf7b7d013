package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.LedgerLine;
import org.utilityportal.billing.PaymentMethod;
import org.utilityportal.billing.PaymentReceipt;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Unit;

/**
 * Reads of payments for pages and the API: unpaid bills, receipts with what they paid
 * for, balances and the ledger.
 */
@Component
@RequiredArgsConstructor
public class PaymentQueries {

	private static final String UNPAID = """
			select b.id, b.account_id, b.period_from, b.charges, b.consumption, b.unit,
			       b.charges - coalesce((select s.paid from bill_settled s where s.bill_id = b.id), 0) as outstanding
			from bill b where b.account_id = any(?) and b.charges > 0
			""";

	private static final String OPENING_ARREARS = """
			select ob.account_id, ob.amount - coalesce((select sum(p.opening_paid) from payment p
			                                            where p.account_id = ob.account_id and p.reversed_at is null), 0)
			from opening_balance ob where ob.account_id = any(?) and ob.amount > 0
			""";

	private static final String RECEIPT = """
			select id, receipt_number, account_id, customer_id, amount, method, paid_at, received_by, credit, opening_paid,
			       reversed_at
			from payment
			""";

	private final JdbcClient jdbc;

	/** Bills of an account with charges still unpaid. */
	public List<Allocator.Unpaid> unpaid(long accountId) {
		return unpaid(List.of(accountId)).getOrDefault(accountId, List.of());
	}

	/** Bills with charges still unpaid, by account, in one statement. */
	public Map<Long, List<Allocator.Unpaid>> unpaid(Collection<Long> accountIds) {
		Map<Long, List<Allocator.Unpaid>> unpaid = new HashMap<>();
		this.jdbc.sql(UNPAID).param(accountIds.toArray(Long[]::new)).query((row) -> {
			Money outstanding = new Money(row.getBigDecimal("outstanding"));
			if (outstanding.isPositive()) {
				unpaid.computeIfAbsent(row.getLong("account_id"), (key) -> new ArrayList<>())
					.add(new Allocator.Unpaid(row.getLong("id"), row.getObject("period_from", LocalDate.class),
							new Money(row.getBigDecimal("charges")), row.getBigDecimal("consumption"),
							Unit.valueOf(row.getString("unit")), outstanding));
			}
		});
		return unpaid;
	}

	/**
	 * What is unpaid of the opening arrears of these accounts, for those that have any:
	 * the arrears less what payments not reversed paid of them (one statement).
	 */
	public Map<Long, Money> openingArrears(Collection<Long> accountIds) {
		Map<Long, Money> arrears = new HashMap<>();
		this.jdbc.sql(OPENING_ARREARS).param(accountIds.toArray(Long[]::new)).query((row) -> {
			Money outstanding = new Money(row.getBigDecimal(2));
			if (outstanding.isPositive()) {
				arrears.put(row.getLong(1), outstanding);
			}
		});
		return arrears;
	}

	/** What is unpaid of an account's opening arrears (zero when none). */
	public Money openingArrears(long accountId) {
		return openingArrears(List.of(accountId)).getOrDefault(accountId, Money.ZERO);
	}

	/** The ids of bills by number, for the bills an order names. */
	public List<Long> billIds(long accountId, Collection<String> billNumbers) {
		if (billNumbers.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id from bill where account_id = ? and bill_number = any(?) order by period_from")
			.params(accountId, billNumbers.toArray(String[]::new))
			.query(Long.class)
			.list();
	}

	public Optional<PaymentReceipt> receipt(String receiptNumber) {
		return this.jdbc.sql(RECEIPT + " where receipt_number = ?")
			.param(receiptNumber)
			.query((row, index) -> receipt(row))
			.optional();
	}

	/** The receipts of an account, newest first. */
	public List<PaymentReceipt> receiptsOf(long accountId, int limit) {
		return this.jdbc.sql(RECEIPT + " where account_id = ? order by paid_at desc limit ?")
			.params(accountId, limit)
			.query((row, index) -> receipt(row))
			.list();
	}

	/** What an account owes (positive) or holds as credit (negative). */
	public Money balance(long accountId) {
		return this.jdbc.sql("select balance from account_balance where account_id = ?")
			.param(accountId)
			.query(BigDecimal.class)
			.optional()
			.map(Money::new)
			.orElse(Money.ZERO);
	}

	/** What each of these accounts owes, for those that owe something: one statement. */
	public Map<Long, Money> owing(Collection<Long> accountIds) {
		Map<Long, Money> owing = new HashMap<>();
		this.jdbc.sql("select account_id, balance from account_balance where account_id = any(?) and balance > 0")
			.param(accountIds.toArray(Long[]::new))
			.query((row) -> {
				owing.put(row.getLong(1), new Money(row.getBigDecimal(2)));
			});
		return owing;
	}

	/**
	 * The newest entries of an account's ledger with the balance after each, newest
	 * first: one statement (a window over the account's entries on its index).
	 */
	public List<LedgerLine> ledger(long accountId, int limit) {
		return this.jdbc.sql("""
				select booked_at, kind, reference, amount,
				       sum(amount) over (order by booked_at, id rows unbounded preceding) as balance
				from ledger_entry where account_id = ? order by booked_at desc, id desc limit ?
				""")
			.params(accountId, limit)
			.query((row, index) -> new LedgerLine(BillQueries.instant(row, "booked_at"), row.getString("kind"),
					row.getString("reference"), new Money(row.getBigDecimal("amount")),
					new Money(row.getBigDecimal("balance"))))
			.list();
	}

	/**
	 * What a clerk took between two instants at the counter, by method, without the
	 * payments reversed since (those are counted apart).
	 */
	public org.utilityportal.billing.Takings takings(String clerk, java.time.Instant from, java.time.Instant to) {
		Map<String, org.utilityportal.billing.Takings.ByMethod> byMethod = new HashMap<>();
		int[] reversed = { 0 };
		this.jdbc.sql("""
				select method, reversed_at is not null as reversed, count(*) as n, sum(amount) as total from payment
				where received_by = ? and paid_at >= ? and paid_at < ? and method in ('CASH', 'CARD', 'BANK_TRANSFER')
				group by method, reversed_at is not null
				""").params(clerk, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)).query((row) -> {
			if (row.getBoolean("reversed")) {
				reversed[0] += row.getInt("n");
			}
			else {
				byMethod.put(row.getString("method"), new org.utilityportal.billing.Takings.ByMethod(row.getInt("n"),
						new Money(row.getBigDecimal("total"))));
			}
		});
		var none = org.utilityportal.billing.Takings.ByMethod.NONE;
		return new org.utilityportal.billing.Takings(byMethod.getOrDefault("CASH", none),
				byMethod.getOrDefault("CARD", none), byMethod.getOrDefault("BANK_TRANSFER", none), reversed[0]);
	}

	private PaymentReceipt receipt(ResultSet row) throws SQLException {
		return new PaymentReceipt(row.getString("receipt_number"), row.getLong("account_id"),
				row.getLong("customer_id"), new Money(row.getBigDecimal("amount")),
				PaymentMethod.valueOf(row.getString("method")), BillQueries.instant(row, "paid_at"),
				row.getString("received_by"), new Money(row.getBigDecimal("credit")),
				new Money(row.getBigDecimal("opening_paid")), allocations(row.getLong("id")),
				BillQueries.instant(row, "reversed_at"));
	}

	private List<PaymentReceipt.Allocation> allocations(long paymentId) {
		return this.jdbc.sql("""
				select b.bill_number, b.period_to, a.amount, a.units, a.unit from payment_allocation a
				join bill b on b.id = a.bill_id where a.payment_id = ? order by b.period_from
				""")
			.param(paymentId)
			.query((row, index) -> new PaymentReceipt.Allocation(row.getString("bill_number"),
					row.getObject("period_to", LocalDate.class).minusDays(1).toString().substring(0, 7),
					new Money(row.getBigDecimal("amount")), row.getBigDecimal("units"),
					Unit.valueOf(row.getString("unit"))))
			.list();
	}

}
