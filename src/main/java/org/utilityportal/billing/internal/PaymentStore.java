package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.PaymentMethod;
import org.utilityportal.billing.PaymentReceipt;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Rounding;
import org.utilityportal.shared.money.Unit;

/** Payments, their allocation to bills and the account balance, in PostgreSQL. */
@Component
@RequiredArgsConstructor
public class PaymentStore {

	private final JdbcClient jdbc;

	private final OpeningBalanceWriter openingBalances;

	/**
	 * Locks the account's balance row (creating it), so payments to one account happen
	 * one at a time.
	 */
	public void lockAccount(long accountId) {
		this.jdbc.sql("insert into account_balance (account_id, balance) values (?, 0) on conflict do nothing")
			.param(accountId)
			.update();
		this.jdbc.sql("select balance from account_balance where account_id = ? for update")
			.param(accountId)
			.query(BigDecimal.class)
			.single();
	}

	public Optional<Long> byIdempotencyKey(String key) {
		return this.jdbc.sql("select id from payment where idempotency_key = ?")
			.param(key)
			.query(Long.class)
			.optional();
	}

	/** Bills with charges still unpaid, oldest first. */
	public List<Unpaid> unpaid(long accountId) {
		return this.jdbc
			.sql("""
					select b.id, b.charges, b.consumption, b.unit,
					       b.charges - coalesce((select sum(a.amount) from payment_allocation a where a.bill_id = b.id), 0) as outstanding
					from bill b where b.account_id = ? and b.charges > 0 order by b.period_from
					""")
			.param(accountId)
			.query((row, index) -> new Unpaid(row.getLong("id"), row.getBigDecimal("charges"),
					row.getBigDecimal("consumption"), Unit.valueOf(row.getString("unit")),
					row.getBigDecimal("outstanding")))
			.list()
			.stream()
			.filter((bill) -> bill.outstanding().signum() > 0)
			.toList();
	}

	/** Records a payment and its allocations, and moves the balance. */
	public String insert(long accountId, long customerId, Money amount, PaymentMethod method, String key, Instant at,
			String by, List<Unpaid> unpaid) {
		long id = this.jdbc.sql("select nextval(pg_get_serial_sequence('payment', 'id'))").query(Long.class).single();
		String receipt = "R" + String.format("%011d", id);
		// Arrears carried over from the legacy system are the oldest debt: settled first.
		BigDecimal openingArrears = this.openingBalances.outstandingArrears(accountId);
		BigDecimal remaining = amount.amount().subtract(amount.amount().min(openingArrears));
		boolean openingLeft = openingArrears.compareTo(amount.amount()) > 0;
		List<Object[]> allocations = new ArrayList<>();
		for (Unpaid bill : unpaid) {
			if (remaining.signum() <= 0) {
				break;
			}
			BigDecimal part = remaining.min(bill.outstanding());
			BigDecimal units = Rounding
				.quantity(bill.consumption().multiply(part).divide(bill.charges(), MathContext.DECIMAL64));
			allocations.add(new Object[] { id, bill.billId(), part, units, bill.unit().name() });
			remaining = remaining.subtract(part);
		}
		this.jdbc
			.sql("""
					insert into payment (id, receipt_number, account_id, customer_id, amount, method, idempotency_key, paid_at,
					    received_by, credit)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(id, receipt, accountId, customerId, amount.amount(), method.name(), key,
					OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, remaining)
			.update();
		for (Object[] allocation : allocations) {
			this.jdbc
				.sql("insert into payment_allocation (payment_id, bill_id, amount, units, unit) values (?, ?, ?, ?, ?)")
				.params(allocation)
				.update();
		}
		this.jdbc.sql("""
				update account_balance set balance = balance - ?, version = version + 1,
				    oldest_unpaid_due = least((select min(b.due_date) from bill b where b.account_id = ? and b.charges >
				        coalesce((select sum(a.amount) from payment_allocation a where a.bill_id = b.id), 0)),
				        (select ob.since from opening_balance ob where ob.account_id = ? and ?))
				where account_id = ?
				""").params(amount.amount(), accountId, accountId, openingLeft, accountId).update();
		return receipt;
	}

	public Optional<PaymentReceipt> receipt(String receiptNumber) {
		return this.jdbc.sql("""
				select id, receipt_number, account_id, customer_id, amount, method, paid_at, received_by, credit
				from payment where receipt_number = ?
				""")
			.param(receiptNumber)
			.query((row, index) -> new PaymentReceipt(row.getString("receipt_number"), row.getLong("account_id"),
					row.getLong("customer_id"), new Money(row.getBigDecimal("amount")),
					PaymentMethod.valueOf(row.getString("method")), BillStore.instant(row, "paid_at"),
					row.getString("received_by"), new Money(row.getBigDecimal("credit")),
					allocations(row.getLong("id"))))
			.optional();
	}

	public Optional<String> receiptNumber(long paymentId) {
		return this.jdbc.sql("select receipt_number from payment where id = ?")
			.param(paymentId)
			.query(String.class)
			.optional();
	}

	/** The receipts of an account, newest first. */
	public List<String> receiptsOf(long accountId, int limit) {
		return this.jdbc.sql("select receipt_number from payment where account_id = ? order by paid_at desc limit ?")
			.params(accountId, limit)
			.query(String.class)
			.list();
	}

	/**
	 * What an account owes (positive) or holds as credit, and since when it is unpaid.
	 */
	public Balance balance(long accountId) {
		return this.jdbc.sql("select balance, oldest_unpaid_due from account_balance where account_id = ?")
			.param(accountId)
			.query((row, index) -> new Balance(new Money(row.getBigDecimal("balance")),
					row.getObject("oldest_unpaid_due", LocalDate.class)))
			.optional()
			.orElse(new Balance(Money.ZERO, null));
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

	/**
	 * A bill with unpaid charges.
	 *
	 * @param billId the bill
	 * @param charges its charges
	 * @param consumption its consumption
	 * @param unit the unit
	 * @param outstanding what is unpaid
	 */
	public record Unpaid(long billId, BigDecimal charges, BigDecimal consumption, Unit unit, BigDecimal outstanding) {
	}

	/**
	 * An account's balance.
	 *
	 * @param balance owed (positive) or credit (negative)
	 * @param oldestUnpaidDue the due date of the oldest unpaid bill, {@code null} when
	 * nothing is unpaid
	 */
	public record Balance(Money balance, LocalDate oldestUnpaidDue) {
	}

}
