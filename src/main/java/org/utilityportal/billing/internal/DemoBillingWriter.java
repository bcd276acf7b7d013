package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Billing's own rows of the demo data that no command writes as the demo needs them: a
 * correction approved in the past and reminders sent months ago.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.active")
@RequiredArgsConstructor
class DemoBillingWriter {

	private final JdbcClient jdbc;

	/** How many bills there are. */
	long bills() {
		return this.jdbc.sql("select count(*) from bill").query(Long.class).single();
	}

	/**
	 * A bill of a period ending on {@code periodTo} with charges to pay.
	 *
	 * @param accountId its account
	 * @param billNumber its number
	 * @param charges its charges
	 */
	record Due(long accountId, String billNumber, BigDecimal charges) {
	}

	/** The bills of the period ending on {@code periodTo} that charge something. */
	List<Due> due(LocalDate periodTo) {
		return this.jdbc.sql("select account_id, bill_number, charges from bill where period_to = ? and charges > 0")
			.param(periodTo)
			.query((row, index) -> new Due(row.getLong(1), row.getString(2), row.getBigDecimal(3)))
			.list();
	}

	/**
	 * counter1 asked and supervisor1 approved a credit on the account's bill of the
	 * period starting on {@code periodFrom}.
	 */
	void approvedCredit(long accountId, LocalDate periodFrom) {
		this.jdbc
			.sql("""
					insert into bill_adjustment (bill_id, account_id, kind, amount, reason, requested_by, requested_at, status,
					    decided_by, decided_at)
					select b.id, b.account_id, 'CREDIT', 20.00, '抄表录入错误，多计 40 千瓦时，退还多收电费', 'counter1',
					       b.issued_at + interval '5 days', 'APPROVED', 'supervisor1', b.issued_at + interval '6 days'
					from bill b where b.account_id = ? and b.period_from = ?
					""")
			.params(accountId, periodFrom)
			.update();
	}

	/** Two written reminders for the account in arrears, months ago, never answered. */
	void unansweredReminders(long accountId, long customerId) {
		this.jdbc.sql("""
				insert into arrears_notice (account_id, customer_id, kind, issued_on, balance, oldest_due, bills)
				select ab.account_id, ?, 'REMINDER', ab.oldest_unpaid_due + r.days,
				       (select sum(b.charges) from bill b where b.account_id = ab.account_id
				          and b.due_date < ab.oldest_unpaid_due + r.days),
				       ab.oldest_unpaid_due,
				       array(select b.bill_number from bill b where b.account_id = ab.account_id
				               and b.due_date < ab.oldest_unpaid_due + r.days order by b.due_date)
				from account_balance ab, (values (15), (45)) as r(days)
				where ab.account_id = ? and ab.oldest_unpaid_due is not null
				""").params(customerId, accountId).update();
	}

}
