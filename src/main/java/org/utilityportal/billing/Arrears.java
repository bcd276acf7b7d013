package org.utilityportal.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.internal.ArrearsQueries;
import org.utilityportal.billing.internal.DunningWriter;
import org.utilityportal.billing.internal.ReminderQueries;
import org.utilityportal.customer.AccountHolder;
import org.utilityportal.customer.ServiceAccounts;
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

	private final ArrearsQueries queries;

	private final ServiceAccounts accounts;

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

	/**
	 * Accounts in arrears, longest overdue first; only the flagged ones when asked. Two
	 * statements a page: billing's balances and notices, then the page's holders from
	 * customer.
	 */
	@Transactional(readOnly = true)
	public List<ArrearsRow> list(int page, int pageSize, boolean legalOnly) {
		List<ArrearsQueries.InArrears> rows = this.queries.page(LocalDate.now(this.clock), legalOnly, pageSize,
				page * pageSize);
		Map<Long, AccountHolder> holders = this.accounts
			.holders(rows.stream().map(ArrearsQueries.InArrears::accountId).toList());
		return rows.stream().map((row) -> {
			AccountHolder holder = holders.get(row.accountId());
			return new ArrearsRow(row.accountId(), holder.accountNumber(), holder.utility().name(), holder.customerId(),
					holder.customerName(), row.balance(), row.oldestDue(), row.reminders(), row.suspendFrom(),
					row.legalLetter(), row.latestNotice());
		}).toList();
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
		Map<Long, Long> holders = holdersOwingOpening(today);
		List<DunningWriter.Written> reminders = this.writer.reminders(today,
				this.settings.whole(Setting.ARREARS_FIRST_REMINDER_DAYS),
				this.settings.whole(Setting.ARREARS_REMINDER_INTERVAL_DAYS), holders);
		List<DunningWriter.Written> suspensions = this.writer.suspensions(today,
				this.settings.whole(Setting.ARREARS_SUSPENSION_OVERDUE_DAYS),
				this.settings.whole(Setting.ARREARS_SUSPENSION_REMINDERS),
				this.settings.whole(Setting.ARREARS_SUSPENSION_NOTICE_DAYS), holders);
		List<DunningWriter.Written> flags = this.writer.legalFlags(today,
				new Money(this.settings.number(Setting.ARREARS_LEGAL_THRESHOLD)),
				this.settings.whole(Setting.ARREARS_LEGAL_AGE_MONTHS),
				this.settings.whole(Setting.ARREARS_LEGAL_REMINDERS), holders);
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
		return this.queries.notice(noticeId).orElseThrow(() -> new NotFoundException("Notice"));
	}

	/**
	 * The holder of each account owing on opening arrears (no bill of billing names it),
	 * from customer in one statement.
	 */
	private Map<Long, Long> holdersOwingOpening(LocalDate today) {
		Map<Long, Long> holders = new HashMap<>();
		this.accounts.holders(this.writer.owingOpening(today))
			.forEach((accountId, holder) -> holders.put(accountId, holder.customerId()));
		return holders;
	}

	private void notify(List<DunningWriter.Written> notices) {
		if (notices.isEmpty()) {
			return;
		}
		Map<Long, AccountHolder> accounts = this.accounts
			.holders(notices.stream().map(DunningWriter.Written::accountId).toList());
		Map<Long, Long> logins = this.orgUnits
			.loginsOfCustomers(notices.stream().map(DunningWriter.Written::customerId).distinct().toList());
		Notifications.Batch batch = this.notifications.batch();
		for (DunningWriter.Written notice : notices) {
			Long login = logins.get(notice.customerId());
			if (login != null) {
				batch.add(List.of(login), "arrears.notice." + notice.kind(),
						List.of(accounts.get(notice.accountId()).accountNumber(), notice.amount().toString(),
								notice.oldestDue().toString(), String.valueOf(notice.suspendFrom())),
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
