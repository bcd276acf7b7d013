package org.utilityportal.billing.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.money.Money;

/**
 * The dunning steps of one day, set-based: for every account in arrears, what it owes on
 * bills past their due date that no open re-check or complaint holds back, and what is
 * unpaid of its opening arrears from the legacy system (named {@value #OPENING} among the
 * bills; the oldest of them decides how long it is overdue); then the reminders,
 * suspension notices and legal-letter flags due, at most one of a kind per account and
 * day (a unique key, so several instances do not double them). Billing's own tables only:
 * the holders of accounts that owe only on their opening arrears (no bill names them) are
 * handed in, as customer gives them ({@link #owingOpening}).
 */
@Component
@RequiredArgsConstructor
public class DunningWriter {

	/** How the opening arrears are named among a notice's bills. */
	public static final String OPENING = "OPENING";

	/** Undisputed overdue bills of accounts in arrears, summed per account. */
	private static final String ARREARS = """
			with overdue as materialized (
			    select b.account_id, b.customer_id, b.bill_number, b.due_date,
			           b.charges - coalesce((select s.paid from bill_settled s where s.bill_id = b.id), 0) as outstanding
			    from account_balance ab join bill b on b.account_id = ab.account_id
			    where ab.balance > 0 and ab.oldest_unpaid_due <= :cutoff and b.due_date < :today and b.charges > 0
			      and not exists (select 1 from bill_recheck_request r where r.bill_id = b.id and r.closed_at is null)
			    union all
			    select ob.account_id, h.customer_id, 'OPENING', ob.since,
			           ob.amount - coalesce((select sum(p.opening_paid) from payment p
			                                 where p.account_id = ob.account_id and p.reversed_at is null), 0)
			    from account_balance ab join opening_balance ob on ob.account_id = ab.account_id
			         join unnest(cast(:holderAccounts as bigint[]), cast(:holderCustomers as bigint[]))
			              as h(account_id, customer_id) on h.account_id = ob.account_id
			    where ab.balance > 0 and ab.oldest_unpaid_due <= :cutoff and ob.amount > 0 and ob.since < :today),
			arrears as (
			    select account_id, max(customer_id) as customer_id, sum(outstanding) as amount, min(due_date) as oldest,
			           array_agg(bill_number order by due_date) as bills
			    from overdue where outstanding > 0 group by account_id),
			counted as (
			    select a.*, (select count(*) from arrears_notice n where n.account_id = a.account_id and n.kind = 'REMINDER'
			                   and n.issued_on >= a.oldest
			                   and not exists (select 1 from payment p where p.account_id = a.account_id
			                                     and p.reversed_at is null and p.paid_at >= n.issued_on)) as unanswered
			    from arrears a)
			""";

	/** Ends the insert of notices and reads them back. */
	private static final String RETURNING = """
			 on conflict do nothing returning id, account_id, customer_id, kind, balance, oldest_due, bills, suspend_from)
			select * from written
			""";

	private final JdbcClient jdbc;

	/**
	 * The accounts in arrears that owe on opening arrears from the legacy system: the
	 * notices about them need their holder from customer (see {@code holders} below).
	 */
	public List<Long> owingOpening(LocalDate today) {
		return this.jdbc.sql("""
				select ob.account_id from account_balance ab join opening_balance ob on ob.account_id = ab.account_id
				where ab.balance > 0 and ab.oldest_unpaid_due <= :today and ob.amount > 0 and ob.since < :today
				""").param("today", today).query(Long.class).list();
	}

	/**
	 * Writes the reminders due today.
	 * @param holders the holder (customer id) of each account of {@link #owingOpening}
	 */
	public List<Written> reminders(LocalDate today, int firstDays, int intervalDays, Map<Long, Long> holders) {
		return this.jdbc
			.sql(ARREARS
					+ """
							, written as (
							insert into arrears_notice (account_id, customer_id, kind, issued_on, balance, oldest_due, bills)
							select account_id, customer_id, 'REMINDER', :today, amount, oldest, bills from counted c
							where c.oldest <= :cutoff and not exists (select 1 from arrears_notice n where n.account_id = c.account_id and n.kind = 'REMINDER'
							                    and n.issued_on > :today - :interval and n.issued_on >= c.oldest)
							"""
					+ RETURNING)
			.param("cutoff", today.minusDays(firstDays))
			.param("today", today)
			.param("interval", intervalDays)
			.param("holderAccounts", holders.keySet().toArray(Long[]::new))
			.param("holderCustomers", customers(holders))
			.query((row, index) -> written(row))
			.list();
	}

	/**
	 * Writes the suspension notices due today.
	 * @param holders the holder (customer id) of each account of {@link #owingOpening}
	 */
	public List<Written> suspensions(LocalDate today, int overdueDays, int afterReminders, int noticeDays,
			Map<Long, Long> holders) {
		return this.jdbc
			.sql(ARREARS
					+ """
							, written as (
							insert into arrears_notice (account_id, customer_id, kind, issued_on, balance, oldest_due, bills, suspend_from)
							select account_id, customer_id, 'SUSPENSION', :today, amount, oldest, bills, :today + :notice from counted c
							where c.oldest <= :cutoff and c.unanswered >= :after
							  and not exists (select 1 from arrears_notice n where n.account_id = c.account_id and n.kind = 'SUSPENSION'
							                    and n.issued_on >= c.oldest)
							"""
					+ RETURNING)
			.param("cutoff", today.minusDays(overdueDays))
			.param("today", today)
			.param("after", afterReminders)
			.param("notice", noticeDays)
			.param("holderAccounts", holders.keySet().toArray(Long[]::new))
			.param("holderCustomers", customers(holders))
			.query((row, index) -> written(row))
			.list();
	}

	/**
	 * Flags the accounts due for a legal letter today.
	 * @param holders the holder (customer id) of each account of {@link #owingOpening}
	 */
	public List<Written> legalFlags(LocalDate today, Money threshold, int ageMonths, int unanswered,
			Map<Long, Long> holders) {
		return this.jdbc
			.sql(ARREARS
					+ """
							, written as (
							insert into arrears_notice (account_id, customer_id, kind, issued_on, balance, oldest_due, bills)
							select account_id, customer_id, 'LEGAL_FLAG', :today, amount, oldest, bills from counted c
							where c.oldest <= :cutoff and c.amount >= :threshold and c.unanswered >= :unanswered
							  and not exists (select 1 from arrears_notice n where n.account_id = c.account_id and n.kind = 'LEGAL_FLAG'
							                    and n.issued_on >= c.oldest)
							"""
					+ RETURNING)
			.param("cutoff", today.minusMonths(ageMonths))
			.param("today", today)
			.param("threshold", threshold.amount())
			.param("unanswered", unanswered)
			.param("holderAccounts", holders.keySet().toArray(Long[]::new))
			.param("holderCustomers", customers(holders))
			.query((row, index) -> written(row))
			.list();
	}

	/** The holders of {@code holders.keySet()}, in the same order. */
	private static Long[] customers(Map<Long, Long> holders) {
		return holders.keySet().stream().map(holders::get).toArray(Long[]::new);
	}

	private static Written written(java.sql.ResultSet row) throws SQLException {
		Array bills = row.getArray("bills");
		long customer = row.getLong("customer_id");
		return new Written(row.getLong("id"), row.getLong("account_id"), customer, row.getString("kind"),
				new Money(row.getBigDecimal("balance")), row.getObject("oldest_due", LocalDate.class),
				Arrays.asList((String[]) bills.getArray()), row.getObject("suspend_from", LocalDate.class));
	}

	/**
	 * A notice written.
	 *
	 * @param id the notice
	 * @param accountId the account
	 * @param customerId its holder
	 * @param kind REMINDER, SUSPENSION or LEGAL_FLAG
	 * @param amount what is overdue on the bills it names
	 * @param oldestDue the due date of the oldest of them
	 * @param bills the bills, oldest first
	 * @param suspendFrom the earliest day supply may be suspended (suspension notices)
	 */
	public record Written(long id, long accountId, long customerId, String kind, Money amount, LocalDate oldestDue,
			List<String> bills, LocalDate suspendFrom) {
	}

}
