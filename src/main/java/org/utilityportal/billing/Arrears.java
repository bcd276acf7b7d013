package org.utilityportal.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.internal.ReminderQueries;
import org.utilityportal.settings.Setting;
import org.utilityportal.settings.Settings;
import org.utilityportal.shared.money.Money;

/**
 * Accounts in arrears, written reminders on a schedule, and the legal-letter flag:
 * arrears of at least {@code legal-threshold}, overdue for {@code legal-age-months},
 * after {@code legal-unanswered-reminders} written reminders that no payment followed.
 * Every threshold is a setting administrators change on {@code /admin/settings} (its
 * default in {@code portal.arrears}), read afresh on each use.
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class Arrears {

	private final JdbcClient jdbc;

	private final Settings settings;

	private final Clock clock;

	private final ReminderQueries reminders;

	/**
	 * The written reminders sent for an account, newest first (the letter the counter
	 * prints and hands over).
	 */
	@Transactional(readOnly = true)
	public List<Reminder> reminders(long accountId) {
		return this.reminders.ofAccount(accountId);
	}

	/** Accounts in arrears, longest overdue first. */
	@Transactional(readOnly = true)
	public List<ArrearsRow> list(int page, int pageSize) {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc
			.sql("""
					select ab.account_id, a.account_number, a.utility, a.customer_id, c.name, ab.balance, ab.oldest_unpaid_due,
					       (select count(*) from arrears_notice n where n.account_id = ab.account_id and n.kind = 'REMINDER'
					          and n.issued_on >= ab.oldest_unpaid_due) as reminders,
					       exists (select 1 from arrears_notice n where n.account_id = ab.account_id and n.kind = 'LEGAL_FLAG'
					          and n.issued_on >= ab.oldest_unpaid_due) as legal
					from account_balance ab
					join service_account a on a.id = ab.account_id
					join customer c on c.id = a.customer_id
					where ab.balance > 0 and ab.oldest_unpaid_due < ?
					order by ab.oldest_unpaid_due, ab.account_id limit ? offset ?
					""")
			.params(today, pageSize, page * pageSize)
			.query((row, index) -> new ArrearsRow(row.getLong("account_id"), row.getString("account_number"),
					row.getString("utility"), row.getLong("customer_id"), row.getString("name"),
					new Money(row.getBigDecimal("balance")), row.getObject("oldest_unpaid_due", LocalDate.class),
					row.getInt("reminders"), row.getBoolean("legal")))
			.list();
	}

	/** The daily run of {@link #remind()}, on one instance. */
	@Scheduled(cron = "0 30 6 * * *")
	@SchedulerLock(name = "arrears-reminders", lockAtLeastFor = "PT1H", lockAtMostFor = "PT2H")
	@Transactional
	public void remindDaily() {
		remind();
	}

	/** Sends the reminders due today and sets the legal-letter flags; runs daily. */
	@Transactional
	public int remind() {
		LocalDate today = LocalDate.now(this.clock);
		int reminders = this.jdbc
			.sql("""
					insert into arrears_notice (account_id, kind, issued_on, balance, oldest_due)
					select ab.account_id, 'REMINDER', ?, ab.balance, ab.oldest_unpaid_due
					from account_balance ab
					where ab.balance > 0 and ab.oldest_unpaid_due <= ?::date - ?
					  and not exists (select 1 from arrears_notice n where n.account_id = ab.account_id and n.kind = 'REMINDER'
					                    and n.issued_on > ?::date - ? and n.issued_on >= ab.oldest_unpaid_due)
					on conflict do nothing
					""")
			.params(today, today, this.settings.whole(Setting.ARREARS_FIRST_REMINDER_DAYS), today,
					this.settings.whole(Setting.ARREARS_REMINDER_INTERVAL_DAYS))
			.update();
		int flags = this.jdbc
			.sql("""
					insert into arrears_notice (account_id, kind, issued_on, balance, oldest_due)
					select ab.account_id, 'LEGAL_FLAG', ?, ab.balance, ab.oldest_unpaid_due
					from account_balance ab
					where ab.balance >= ? and ab.oldest_unpaid_due <= ?::date - (? * interval '1 month')
					  and not exists (select 1 from arrears_notice n where n.account_id = ab.account_id and n.kind = 'LEGAL_FLAG'
					                    and n.issued_on >= ab.oldest_unpaid_due)
					  and (select count(*) from arrears_notice n where n.account_id = ab.account_id and n.kind = 'REMINDER'
					         and n.issued_on >= ab.oldest_unpaid_due
					         and not exists (select 1 from payment p where p.account_id = ab.account_id
					                           and p.paid_at >= n.issued_on)) >= ?
					on conflict do nothing
					""")
			.params(today, this.settings.number(Setting.ARREARS_LEGAL_THRESHOLD), today,
					this.settings.whole(Setting.ARREARS_LEGAL_AGE_MONTHS),
					this.settings.whole(Setting.ARREARS_LEGAL_REMINDERS))
			.update();
		if (reminders + flags > 0) {
			log.info("Arrears: {} reminders, {} legal-letter flags", reminders, flags);
		}
		return reminders + flags;
	}

	/**
	 * One account in arrears.
	 *
	 * @param accountId the account
	 * @param accountNumber its number
	 * @param utility its utility
	 * @param customerId its holder
	 * @param customerName the holder's name
	 * @param balance what is owed
	 * @param oldestDue the due date of the oldest unpaid bill
	 * @param reminders written reminders sent since
	 * @param legalLetter whether it is flagged for a legal letter
	 */
	public record ArrearsRow(long accountId, String accountNumber, String utility, long customerId, String customerName,
			Money balance, LocalDate oldestDue, int reminders, boolean legalLetter) {
	}

	/**
	 * A written reminder as it was sent.
	 *
	 * @param issuedOn the day it was written
	 * @param balance what was owed then
	 * @param oldestDue the due date of the oldest unpaid bill then
	 * @param ordinal its number among the reminders of the same arrears (1 = first)
	 */
	public record Reminder(LocalDate issuedOn, Money balance, LocalDate oldestDue, int ordinal) {
	}

}
