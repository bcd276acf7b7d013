package org.utilityportal.billing.internal;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.Arrears.Reminder;
import org.utilityportal.shared.money.Money;

/** Reads the written arrears reminders of an account, for the letter counters print. */
@Component
@RequiredArgsConstructor
public class ReminderQueries {

	private final JdbcClient jdbc;

	/**
	 * The account's written reminders, newest first, each with its number within its
	 * arrears (the first reminder since the oldest unpaid bill fell due is 1).
	 */
	public List<Reminder> ofAccount(long accountId) {
		return this.jdbc.sql("""
				select issued_on, balance, oldest_due,
				       row_number() over (partition by oldest_due order by issued_on) as ordinal
				from arrears_notice
				where account_id = ? and kind = 'REMINDER'
				order by issued_on desc
				""")
			.param(accountId)
			.query((row, index) -> new Reminder(row.getObject("issued_on", LocalDate.class),
					new Money(row.getBigDecimal("balance")), row.getObject("oldest_due", LocalDate.class),
					row.getInt("ordinal")))
			.list();
	}

}
