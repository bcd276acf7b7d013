package org.utilityportal.payment.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.money.Money;

/**
 * The debits of collection batches, in bulk: choosing the mandates to collect from,
 * writing a batch's debits in one statement, writing the bank's debit file, and applying
 * the staged lines of a return file in chunks.
 */
@Component
@RequiredArgsConstructor
public class DebitItemWriter {

	private final JdbcClient jdbc;

	/**
	 * The active mandates whose account has no debit the bank has not answered yet:
	 * mandate id by account id.
	 */
	public Map<Long, Long> collectable() {
		Map<Long, Long> mandates = new java.util.HashMap<>();
		this.jdbc.sql("""
				select m.account_id, m.id from debit_mandate m
				where m.status = 'ACTIVE'
				  and not exists (select 1 from debit_item i where i.account_id = m.account_id and i.status = 'PENDING')
				""").query((row) -> {
			mandates.put(row.getLong(1), row.getLong(2));
		});
		return mandates;
	}

	/**
	 * Writes a batch's debits: one per mandate, for what its account owes, in one
	 * statement; references are {@code DI} and twelve digits.
	 * @return how many were written
	 */
	public int insert(long batchId, Map<Long, Money> amountByMandate) {
		if (amountByMandate.isEmpty()) {
			return 0;
		}
		Long[] mandates = amountByMandate.keySet().toArray(Long[]::new);
		BigDecimal[] amounts = java.util.Arrays.stream(mandates)
			.map((id) -> amountByMandate.get(id).amount())
			.toArray(BigDecimal[]::new);
		int written = this.jdbc
			.sql("""
					insert into debit_item (id, batch_id, item_reference, mandate_id, account_id, account_number, customer_id,
					    bank_code, bank_account, holder_name, amount, status)
					select n.id, ?, 'DI' || lpad(n.id::text, 12, '0'), m.id, m.account_id, m.account_number, m.customer_id,
					       m.bank_code, m.bank_account, m.holder_name, n.amount, 'PENDING'
					from (select nextval(pg_get_serial_sequence('debit_item', 'id')) as id, u.mandate_id, u.amount
					      from unnest(?::bigint[], ?::numeric[]) as u(mandate_id, amount)) n
					join debit_mandate m on m.id = n.mandate_id
					""")
			.params(batchId, mandates, amounts)
			.update();
		// A batch can double the table: fresh statistics for joining the return with it.
		this.jdbc.sql("analyze debit_item").update();
		return written;
	}

	/**
	 * Writes the bank's debit file of a batch (docs/PAYMENTS.md), streaming its debits in
	 * reference order.
	 */
	public void debitFile(DebitBatch batch, String creditorId, Writer out) throws IOException {
		out.write("H|DEBIT|" + batch.getBatchNumber() + "|" + batch.getCollectionDate() + "|" + creditorId + "|"
				+ batch.getItemCount() + "|" + batch.getTotal() + "\n");
		IOException[] failed = { null };
		this.jdbc.sql("""
				select item_reference, bank_code, bank_account, holder_name, amount, account_number
				from debit_item where batch_id = ? order by id
				""").param(batch.getId()).query((row) -> {
			if (failed[0] == null) {
				try {
					out.write("D|" + row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|"
							+ row.getString(4) + "|" + row.getBigDecimal(5).toPlainString() + "|" + row.getString(6)
							+ "\n");
				}
				catch (IOException ex) {
					failed[0] = ex;
				}
			}
		});
		if (failed[0] != null) {
			throw failed[0];
		}
		out.write("T|" + batch.getItemCount() + "|" + batch.getTotal() + "\n");
	}

	/**
	 * Applies staged return lines {@code from}–{@code to} to the batch's debits still
	 * waiting; a debit answered before is left alone (a file applied twice changes
	 * nothing).
	 * @return the debits this changed
	 */
	public List<Returned> apply(long importId, long batchId, int from, int to, Instant at) {
		return this.jdbc
			.sql("""
					update debit_item d set status = case when r.result = '00' then 'PAID' else 'FAILED' end,
					    reason_code = nullif(r.result, '00'), bank_txn_id = r.bank_txn_id, returned_at = ?
					from debit_return_line r
					where r.import_id = ? and r.line_no between ? and ? and d.batch_id = ?
					  and d.item_reference = r.item_reference and d.status = 'PENDING'
					returning d.item_reference, d.account_id, d.account_number, d.customer_id, d.amount, d.status, d.reason_code
					""")
			.params(Timestamp.from(at), importId, from, to, batchId)
			.query((row, index) -> new Returned(row.getString(1), row.getLong(2), row.getString(3), row.getLong(4),
					new Money(row.getBigDecimal(5)), "PAID".equals(row.getString(6)), row.getString(7)))
			.list();
	}

	/** A batch's totals as its debits stand: paid count, paid total, failed count. */
	public Totals totals(long batchId) {
		return this.jdbc.sql("""
				select count(*) filter (where status = 'PAID'), coalesce(sum(amount) filter (where status = 'PAID'), 0),
				       count(*) filter (where status = 'FAILED'), count(*), coalesce(sum(amount), 0)
				from debit_item where batch_id = ?
				""")
			.param(batchId)
			.query((row, index) -> new Totals(row.getInt(1), new Money(row.getBigDecimal(2)), row.getInt(3),
					row.getInt(4), new Money(row.getBigDecimal(5))))
			.single();
	}

	/** The failed debits of batches, newest first (for the page). */
	public List<Returned> failed(Collection<Long> batchIds, int limit) {
		return this.jdbc.sql("""
				select item_reference, account_id, account_number, customer_id, amount, status, reason_code
				from debit_item where batch_id = any(?) and status = 'FAILED' order by id limit ?
				""")
			.params(batchIds.toArray(Long[]::new), limit)
			.query((row, index) -> new Returned(row.getString(1), row.getLong(2), row.getString(3), row.getLong(4),
					new Money(row.getBigDecimal(5)), false, row.getString(7)))
			.list();
	}

	/**
	 * A debit the bank answered.
	 *
	 * @param reference its reference
	 * @param accountId the service account
	 * @param accountNumber its number
	 * @param customerId its holder
	 * @param amount the amount
	 * @param paid whether the bank collected it
	 * @param reasonCode the reason it failed ({@link DebitReason}), {@code null} when
	 * paid
	 */
	public record Returned(String reference, long accountId, String accountNumber, long customerId, Money amount,
			boolean paid, String reasonCode) {
	}

	/**
	 * A batch's totals.
	 *
	 * @param paidCount debits paid
	 * @param paidTotal their sum
	 * @param failedCount debits failed
	 * @param itemCount all debits
	 * @param total their sum
	 */
	public record Totals(int paidCount, Money paidTotal, int failedCount, int itemCount, Money total) {
	}

}
