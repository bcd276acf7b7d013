package org.utilityportal.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.internal.DunningWriter;
import org.utilityportal.billing.internal.ReminderQueries;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.notification.Notifications;
import org.utilityportal.settings.Setting;
import org.utilityportal.settings.Settings;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.web.NotFoundException;

/**
 * The dunning chain. Daily at 06:30: a written reminder (催款通知单) once the oldest overdue
 * bill is {@code first-reminder-days} past due, again every
 * {@code reminder-interval-days} while nothing is paid; a suspension notice once
 * {@code suspension-after-reminders} reminders went unanswered and the oldest bill is
 * {@code suspension-overdue-days} past due, naming the earliest day supply may be
 * suspended ({@code suspension-notice-days} later); the legal-letter flag for arrears of
 * at least {@code legal-threshold}, overdue for {@code legal-age-months}, after
 * {@code legal-unanswered-reminders} unanswered reminders. Every threshold is a setting
 * administrators change on {@code /admin/settings} (its default in
 * {@code portal.arrears}), read afresh on each run. A bill under an open re-check or
 * complaint counts for none of them. Reminders and suspension notices are printable PDFs,
 * sent to the customer's inbox (and e-mail, through the outbox) when they have a sign-in.
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class Arrears {

	private final JdbcClient jdbc;

	private final DunningWriter writer;

	private final Settings settings;

	private final Notifications notifications;

	private final OrgUnits orgUnits;

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

	/** Accounts in arrears, longest overdue first; only the flagged ones when asked. */
	@Transactional(readOnly = true)
	public List<ArrearsRow> list(int page, int pageSize, boolean legalOnly) {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc
			.sql("""
					select ab.account_id, a.account_number, a.utility, a.customer_id, c.name, ab.balance, ab.oldest_unpaid_due,
					       (select count(*) from arrears_notice n where n.account_id = ab.account_id and n.kind = 'REMINDER'
					          and n.issued_on >= ab.oldest_unpaid_due) as reminders,
					       (select max(n.suspend_from) from arrears_notice n where n.account_id = ab.account_id
					          and n.kind = 'SUSPENSION' and n.issued_on >= ab.oldest_unpaid_due) as suspend_from,
					       exists (select 1 from arrears_notice n where n.account_id = ab.account_id and n.kind = 'LEGAL_FLAG'
					          and n.issued_on >= ab.oldest_unpaid_due) as legal,
					       (select max(n.id) from arrears_notice n where n.account_id = ab.account_id
					          and n.kind in ('REMINDER', 'SUSPENSION')) as latest_notice
					from account_balance ab
					join service_account a on a.id = ab.account_id
					join customer c on c.id = a.customer_id
					where ab.balance > 0 and ab.oldest_unpaid_due < ?
					  and (not ? or exists (select 1 from arrears_notice n where n.account_id = ab.account_id
					                         and n.kind = 'LEGAL_FLAG' and n.issued_on >= ab.oldest_unpaid_due))
					order by ab.oldest_unpaid_due, ab.account_id limit ? offset ?
					""")
			.params(today, legalOnly, pageSize, page * pageSize)
			.query((row, index) -> new ArrearsRow(row.getLong("account_id"), row.getString("account_number"),
					row.getString("utility"), row.getLong("customer_id"), row.getString("name"),
					new Money(row.getBigDecimal("balance")), row.getObject("oldest_unpaid_due", LocalDate.class),
					row.getInt("reminders"), row.getObject("suspend_from", LocalDate.class), row.getBoolean("legal"),
					(Long) row.getObject("latest_notice", Long.class)))
			.list();
	}

	/** The daily run of {@link #remind()}, on one instance. */
	@Scheduled(cron = "0 30 6 * * *")
	@SchedulerLock(name = "arrears-reminders", lockAtLeastFor = "PT1H", lockAtMostFor = "PT2H")
	@Transactional
	public void remindDaily() {
		remind();
	}

	/**
	 * Writes today's reminders, suspension notices and legal-letter flags and notifies
	 * the customers; runs daily.
	 * @return how many notices and flags were written
	 */
	@Transactional
	public int remind() {
		LocalDate today = LocalDate.now(this.clock);
		List<DunningWriter.Written> reminders = this.writer.reminders(today,
				this.settings.whole(Setting.ARREARS_FIRST_REMINDER_DAYS),
				this.settings.whole(Setting.ARREARS_REMINDER_INTERVAL_DAYS));
		List<DunningWriter.Written> suspensions = this.writer.suspensions(today,
				this.settings.whole(Setting.ARREARS_SUSPENSION_OVERDUE_DAYS),
				this.settings.whole(Setting.ARREARS_SUSPENSION_REMINDERS),
				this.settings.whole(Setting.ARREARS_SUSPENSION_NOTICE_DAYS));
		List<DunningWriter.Written> flags = this.writer.legalFlags(today,
				new Money(this.settings.number(Setting.ARREARS_LEGAL_THRESHOLD)),
				this.settings.whole(Setting.ARREARS_LEGAL_AGE_MONTHS),
				this.settings.whole(Setting.ARREARS_LEGAL_REMINDERS));
		List<DunningWriter.Written> sent = new ArrayList<>(reminders);
		sent.addAll(suspensions);
		notify(sent);
		int written = reminders.size() + suspensions.size() + flags.size();
		if (written > 0) {
			log.info("Arrears: {} reminders, {} suspension notices, {} legal-letter flags", reminders.size(),
					suspensions.size(), flags.size());
		}
		return written;
	}

	/** A reminder or suspension notice of this customer; anyone else's is "not found". */
	@Transactional(readOnly = true)
	public ArrearsNotice noticeFor(long customerId, long noticeId) {
		ArrearsNotice notice = notice(noticeId);
		if (notice.customerId() != customerId) {
			throw new NotFoundException("Notice");
		}
		return notice;
	}

	/** A reminder or suspension notice, for staff. */
	@Transactional(readOnly = true)
	public ArrearsNotice notice(long noticeId) {
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
			.optional()
			.orElseThrow(() -> new NotFoundException("Notice"));
	}

	private void notify(List<DunningWriter.Written> notices) {
		if (notices.isEmpty()) {
			return;
		}
		Map<Long, Long> logins = this.orgUnits
			.loginsOfCustomers(notices.stream().map(DunningWriter.Written::customerId).distinct().toList());
		Notifications.Batch batch = this.notifications.batch();
		for (DunningWriter.Written notice : notices) {
			Long login = logins.get(notice.customerId());
			if (login != null) {
				batch.add(List.of(login), "arrears.notice." + notice.kind(),
						List.of(notice.accountNumber(), notice.amount().toString(), notice.oldestDue().toString(),
								String.valueOf(notice.suspendFrom())),
						"/my/arrears-notices/" + notice.id() + ".pdf", "arrears-" + notice.id());
			}
		}
		batch.write();
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
	 * @param suspendFrom the earliest day supply may be suspended after a suspension
	 * notice, {@code null} when none was sent
	 * @param legalLetter whether it is flagged for a legal letter
	 * @param latestNotice the latest reminder or suspension notice, {@code null} if none
	 */
	public record ArrearsRow(long accountId, String accountNumber, String utility, long customerId, String customerName,
			Money balance, LocalDate oldestDue, int reminders, LocalDate suspendFrom, boolean legalLetter,
			Long latestNotice) {
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
