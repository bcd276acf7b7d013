package org.utilityportal.billing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.LedgerKind;
import org.utilityportal.shared.money.Money;

/**
 * The append-only ledger and the balance it sums to. Every change of an account's balance
 * goes through here, in the transaction of what caused it: the entry is written and the
 * balance moved by the same amount, so the two never part.
 */
@Component
@RequiredArgsConstructor
public class LedgerWriter {

	/** What an account owes, paid, and since when it is unpaid, after a change. */
	static final String OLDEST_UNPAID = """
			(select min(b.due_date) from bill b where b.account_id = account_balance.account_id
			   and b.charges > coalesce((select s.paid from bill_settled s where s.bill_id = b.id), 0))
			""";

	private final JdbcTemplate jdbc;

	/**
	 * Locks the account's balance row (creating it), so changes to one account's money
	 * happen one at a time.
	 */
	public void lock(long accountId) {
		this.jdbc.update("insert into account_balance (account_id, balance) values (?, 0) on conflict do nothing",
				accountId);
		this.jdbc.queryForObject("select balance from account_balance where account_id = ? for update",
				java.math.BigDecimal.class, accountId);
	}

	/**
	 * Locks the balance rows of many accounts, in the order of their ids (so two batches
	 * never wait for each other crosswise).
	 */
	public void lockAll(Collection<Long> accountIds) {
		Long[] ids = accountIds.stream().distinct().sorted().toArray(Long[]::new);
		this.jdbc.update("insert into account_balance (account_id, balance) select unnest(?::bigint[]), 0 "
				+ "on conflict do nothing", (Object) ids);
		this.jdbc.queryForList(
				"select account_id from account_balance where account_id = any(?) " + "order by account_id for update",
				Long.class, (Object) ids);
	}

	/**
	 * Books one entry and moves the balance; the account must be locked. The date of the
	 * oldest unpaid bill is worked out again (a payment or a reversal changes it).
	 */
	public void post(Entry entry) {
		postAll(List.of(entry));
	}

	/**
	 * Books entries of locked accounts in one batch each for the entries and balances.
	 */
	public void postAll(List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(entries.size());
		List<Object[]> balances = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			rows.add(new Object[] { entry.accountId(), entry.kind(), entry.amount().amount(),
					Timestamp.from(entry.bookedAt()), entry.reference(), entry.bookedBy() });
			balances.add(new Object[] { entry.amount().amount(), entry.accountId() });
		}
		this.jdbc.batchUpdate("""
				insert into ledger_entry (account_id, kind, amount, booked_at, reference, booked_by)
				values (?, ?, ?, ?, ?, ?)
				""", rows);
		this.jdbc.batchUpdate(
				"update account_balance set balance = balance + ?, version = version + 1 " + "where account_id = ?",
				balances);
		Long[] ids = entries.stream().map(Entry::accountId).distinct().toArray(Long[]::new);
		this.jdbc.update(
				"update account_balance set oldest_unpaid_due = " + OLDEST_UNPAID + " where account_id = any(?)",
				(Object) ids);
	}

	/**
	 * One ledger entry.
	 *
	 * @param accountId the account
	 * @param kind a {@link LedgerKind} name
	 * @param amount signed: positive raises what is owed
	 * @param reference the bill, receipt or refund, as printed
	 * @param bookedAt when
	 * @param bookedBy who (a sign-in name, or the job)
	 */
	public record Entry(long accountId, String kind, Money amount, String reference, Instant bookedAt,
			String bookedBy) {

		public Entry(long accountId, LedgerKind kind, Money amount, String reference, Instant bookedAt,
				String bookedBy) {
			this(accountId, kind.name(), amount, reference, bookedAt, bookedBy);
		}

	}

}
