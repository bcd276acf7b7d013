package org.utilityportal.billing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.ArrearsNotice;
import org.utilityportal.shared.money.Money;

/**
 * Accounts in arrears with where their dunning stands, a page at a time (on the partial
 * index of balances in arrears), and the notices sent. Billing's own tables only: who
 * holds an account comes from customer.
 */
@Component
@RequiredArgsConstructor
public class ArrearsQueries {

	private final JdbcClient jdbc;

	/**
	 * One account in arrears as billing knows it.
	 *
	 * @param accountId the account
	 * @param balance what is owed
	 * @param oldestDue the due date of the oldest unpaid bill
	 * @param reminders written reminders sent since
	 * @param suspendFrom the earliest day of suspension after a suspension notice,
	 * {@code null} when none was sent
	 * @param legalLetter whether it is flagged for a legal letter
	 * @param latestNotice the latest reminder or suspension notice, {@code null} if none
	 */
	public record InArrears(long accountId, Money balance, LocalDate oldestDue, int reminders, LocalDate suspendFrom,
			boolean legalLetter, Long latestNotice) {
	}

	/**
	 * Accounts owing on bills due before {@code today}, longest overdue first; only the
	 * flagged ones when asked.
	 */
	public List<InArrears> page(LocalDate today, boolean legalOnly, int pageSize, int offset) {
		return this.jdbc
			.sql("""
					select ab.account_id, ab.balance, ab.oldest_unpaid_due,
					       (select count(*) from arrears_notice n where n.account_id = ab.account_id and n.kind = 'REMINDER'
					          and n.issued_on >= ab.oldest_unpaid_due) as reminders,
					       (select max(n.suspend_from) from arrears_notice n where n.account_id = ab.account_id
					          and n.kind = 'SUSPENSION' and n.issued_on >= ab.oldest_unpaid_due) as suspend_from,
					       exists (select 1 from arrears_notice n where n.account_id = ab.account_id and n.kind = 'LEGAL_FLAG'
					          and n.issued_on >= ab.oldest_unpaid_due) as legal,
					       (select max(n.id) from arrears_notice n where n.account_id = ab.account_id
					          and n.kind in ('REMINDER', 'SUSPENSION')) as latest_notice
					from account_balance ab
					where ab.balance > 0 and ab.oldest_unpaid_due < ?
					  and (not ? or exists (select 1 from arrears_notice n where n.account_id = ab.account_id
					                         and n.kind = 'LEGAL_FLAG' and n.issued_on >= ab.oldest_unpaid_due))
					order by ab.oldest_unpaid_due, ab.account_id limit ? offset ?
					""")
			.params(today, legalOnly, pageSize, offset)
			.query((row, index) -> new InArrears(row.getLong("account_id"), new Money(row.getBigDecimal("balance")),
					row.getObject("oldest_unpaid_due", LocalDate.class), row.getInt("reminders"),
					row.getObject("suspend_from", LocalDate.class), row.getBoolean("legal"),
					(Long) row.getObject("latest_notice", Long.class)))
			.list();
	}

	/** A reminder or suspension notice; empty for any other id. */
	public Optional<ArrearsNotice> notice(long noticeId) {
		return this.jdbc.sql("""
				select id, account_id, customer_id, kind, issued_on, balance, oldest_due, bills, suspend_from
				from arrears_notice where id = ? and kind in ('REMINDER', 'SUSPENSION')
				""")
			.param(noticeId)
			.query((row, index) -> new ArrearsNotice(row.getLong("id"), row.getLong("account_id"),
					row.getLong("customer_id"), row.getString("kind"), row.getObject("issued_on", LocalDate.class),
					new Money(row.getBigDecimal("balance")), row.getObject("oldest_due", LocalDate.class),
					List.of((String[]) row.getArray("bills").getArray()),
					row.getObject("suspend_from", LocalDate.class)))
			.optional();
	}

}
