package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.LedgerKind;
import org.utilityportal.billing.NewPayment;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.money.Money;

/**
 * Takes many payments at once, set-based, in batches of {@value #BATCH}: the accounts'
 * balance rows are locked in id order, keys already taken are skipped, the unpaid bills
 * of the whole batch are read in one statement, each payment is allocated by
 * {@link Allocator} exactly as a single one is, and payments, allocations and ledger
 * entries are written with JDBC batches. The bank's return file goes through here.
 */
@Component
@RequiredArgsConstructor
public class PaymentBatchWriter {

	static final int BATCH = 5_000;

	private final JdbcTemplate jdbc;

	private final PaymentQueries queries;

	private final LedgerWriter ledger;

	private final ServiceAccounts accounts;

	/**
	 * Takes the payments; the caller's transaction holds them all.
	 * @return how many were taken (the others' keys were taken before)
	 */
	public int takeAll(List<NewPayment> payments) {
		int taken = 0;
		for (int from = 0; from < payments.size(); from += BATCH) {
			taken += takeBatch(payments.subList(from, Math.min(payments.size(), from + BATCH)));
		}
		return taken;
	}

	private int takeBatch(List<NewPayment> batch) {
		List<Long> accountIds = batch.stream().map(NewPayment::accountId).distinct().toList();
		this.ledger.lockAll(accountIds);
		Set<String> used = new HashSet<>(
				this.jdbc.queryForList("select idempotency_key from payment where idempotency_key = any(?)",
						String.class, (Object) batch.stream().map(NewPayment::idempotencyKey).toArray(String[]::new)));
		Map<Long, Long> customers = customersOf(accountIds);
		Map<Long, List<Allocator.Unpaid>> unpaid = new HashMap<>(this.queries.unpaid(accountIds));
		Map<Long, Money> opening = new HashMap<>(this.queries.openingArrears(accountIds));
		List<Long> ids = this.jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('payment', 'id')) from generate_series(1, ?)", Long.class,
				batch.size());
		List<Object[]> paymentRows = new ArrayList<>();
		List<Object[]> allocationRows = new ArrayList<>();
		List<LedgerWriter.Entry> entries = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			NewPayment payment = batch.get(i);
			if (!used.add(payment.idempotencyKey())) {
				continue;
			}
			long id = ids.get(i);
			String receipt = Payment.receiptNumber(id);
			List<Allocator.Unpaid> bills = unpaid.getOrDefault(payment.accountId(), List.of());
			Money openingArrears = opening.getOrDefault(payment.accountId(), Money.ZERO);
			Allocator.Result allocated = Allocator.allocate(payment.amount(), openingArrears, bills, List.of());
			unpaid.put(payment.accountId(), remaining(bills, allocated));
			opening.put(payment.accountId(), openingArrears.minus(allocated.openingPaid()));
			String at = payment.at().toString();
			paymentRows.add(new Object[] { id, receipt, payment.accountId(), customers.get(payment.accountId()),
					payment.amount().amount(), payment.method().name(), payment.idempotencyKey(), at,
					payment.receivedBy(), allocated.credit().amount(), allocated.openingPaid().amount() });
			for (Allocation allocation : allocated.allocations()) {
				allocationRows.add(new Object[] { id, allocation.billId(), allocation.amount().amount(),
						allocation.units(), (allocation.unit() != null) ? allocation.unit().name() : null });
			}
			entries.add(new LedgerWriter.Entry(payment.accountId(), LedgerKind.PAYMENT, payment.amount().negate(),
					receipt, payment.at(), payment.receivedBy()));
		}
		insertPayments(paymentRows);
		insertAllocations(allocationRows);
		this.ledger.postAll(entries);
		return paymentRows.size();
	}

	/** Writes the payments in one statement. */
	private void insertPayments(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.update(
					"""
							insert into payment (id, receipt_number, account_id, customer_id, amount, method, idempotency_key,
							    paid_at, received_by, credit, opening_paid)
							select * from unnest(?::bigint[], ?::varchar[], ?::bigint[], ?::bigint[], ?::numeric[], ?::varchar[],
							    ?::varchar[], ?::timestamptz[], ?::varchar[], ?::numeric[], ?::numeric[])
							""",
					columns(rows, Long.class, String.class, Long.class, Long.class, BigDecimal.class, String.class,
							String.class, String.class, String.class, BigDecimal.class, BigDecimal.class));
		}
	}

	/** Writes the allocations in one statement. */
	private void insertAllocations(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.update("""
					insert into payment_allocation (payment_id, bill_id, amount, units, unit)
					select * from unnest(?::bigint[], ?::bigint[], ?::numeric[], ?::numeric[], ?::varchar[])
					""", columns(rows, Long.class, Long.class, BigDecimal.class, BigDecimal.class, String.class));
		}
	}

	/** Rows as one typed array per column, for {@code unnest}. */
	private static Object[] columns(List<Object[]> rows, Class<?>... types) {
		Object[] columns = new Object[types.length];
		for (int c = 0; c < types.length; c++) {
			Object[] column = (Object[]) java.lang.reflect.Array.newInstance(types[c], rows.size());
			for (int r = 0; r < rows.size(); r++) {
				column[r] = rows.get(r)[c];
			}
			columns[c] = column;
		}
		return columns;
	}

	/**
	 * The account's customers, from their bills (one statement), else from the account.
	 */
	private Map<Long, Long> customersOf(List<Long> accountIds) {
		Map<Long, Long> customers = new HashMap<>();
		this.jdbc.query("select distinct on (account_id) account_id, customer_id from bill where account_id = any(?) "
				+ "order by account_id, period_from desc", (row) -> {
					customers.put(row.getLong(1), row.getLong(2));
				}, (Object) accountIds.toArray(Long[]::new));
		for (long accountId : accountIds) {
			customers.computeIfAbsent(accountId, (id) -> this.accounts.view(id).customerId());
		}
		return customers;
	}

	private static List<Allocator.Unpaid> remaining(List<Allocator.Unpaid> bills, Allocator.Result allocated) {
		Map<Long, org.utilityportal.shared.money.Money> paid = new HashMap<>();
		allocated.allocations().forEach((allocation) -> paid.put(allocation.billId(), allocation.amount()));
		return bills.stream()
			.map((bill) -> paid.containsKey(bill.billId()) ? bill.after(paid.get(bill.billId())) : bill)
			.filter((bill) -> bill.outstanding().isPositive())
			.toList();
	}

}
