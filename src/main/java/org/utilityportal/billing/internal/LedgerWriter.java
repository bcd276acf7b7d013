package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;
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

	/**
	 * Since when an account is unpaid, after a change: the due date of its oldest bill
	 * not fully paid, or the day its opening arrears date from while any of them are
	 * unpaid.
	 */
	static final String OLDEST_UNPAID = """
			least((select min(b.due_date) from bill b where b.account_id = account_balance.account_id
			         and b.charges > coalesce((select s.paid from bill_settled s where s.bill_id = b.id), 0)),
			      (select ob.since from opening_balance ob where ob.account_id = account_balance.account_id
			         and ob.amount > coalesce((select sum(p.opening_paid) from payment p
			                                   where p.account_id = ob.account_id and p.reversed_at is null), 0)))
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
	 * Books entries of locked accounts: one statement writes the entries, one moves the
	 * balances and works out again since when each account is unpaid, however many.
	 */
	public void postAll(List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		int n = entries.size();
		Long[] accounts = new Long[n];
		String[] kinds = new String[n];
		BigDecimal[] amounts = new BigDecimal[n];
		String[] bookedAt = new String[n];
		String[] references = new String[n];
		String[] bookedBy = new String[n];
		for (int i = 0; i < n; i++) {
			Entry entry = entries.get(i);
			accounts[i] = entry.accountId();
			kinds[i] = entry.kind();
			amounts[i] = entry.amount().amount();
			bookedAt[i] = entry.bookedAt().toString();
			references[i] = entry.reference();
			bookedBy[i] = entry.bookedBy();
		}
		this.jdbc.update(
				"""
						insert into ledger_entry (account_id, kind, amount, booked_at, reference, booked_by)
						select * from unnest(?::bigint[], ?::varchar[], ?::numeric[], ?::timestamptz[], ?::varchar[], ?::varchar[])
						""",
				accounts, kinds, amounts, bookedAt, references, bookedBy);
		this.jdbc
			.update("""
					update account_balance set balance = account_balance.balance + d.delta,
					    version = account_balance.version + 1, oldest_unpaid_due = %s
					from (select account_id, sum(amount) as delta from unnest(?::bigint[], ?::numeric[]) as u(account_id, amount)
					      group by account_id) d
					where account_balance.account_id = d.account_id
					"""
				.formatted(OLDEST_UNPAID), accounts, amounts);
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
