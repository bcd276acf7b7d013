package org.utilityportal.notification.internal;

import java.time.Clock;
import java.util.List;

import lombok.extern.slf4j.Slf4j;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the mail outbox through SMTP, at most 50 mails a minute per instance; exists
 * only when {@code spring.mail.host} is configured. Rows are locked with
 * {@code skip locked}, so two instances never send the same mail; a mail that fails is
 * tried again up to ten times.
 */
@Slf4j
@Component
@ConditionalOnProperty("spring.mail.host")
public class OutboxMailer {

	static final int MAX_ATTEMPTS = 10;

	private final JdbcClient jdbc;

	private final JavaMailSender sender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String from;

	public OutboxMailer(JdbcClient jdbc, JavaMailSender sender, TransactionTemplate transactions, Clock clock,
			@Value("${portal.mail.from:portal@localhost}") String from) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
	}

	/** Drains the outbox on one instance at a time. */
	@Scheduled(fixedDelayString = "${portal.mail.interval:60s}")
	@SchedulerLock(name = "mail-outbox", lockAtLeastFor = "PT5S")
	public void scheduledDrain() {
		drain();
	}

	/**
	 * Sends what is waiting, up to 50 mails.
	 * @return how many were sent
	 */
	public int drain() {
		Integer sent = this.transactions.execute((status) -> {
			List<Mail> mails = this.jdbc.sql("""
					select id, recipient, subject, body from mail_outbox
					where sent_at is null and attempts < ? order by id limit 50 for update skip locked
					""")
				.param(MAX_ATTEMPTS)
				.query((row, index) -> new Mail(row.getLong("id"), row.getString("recipient"), row.getString("subject"),
						row.getString("body")))
				.list();
			int count = 0;
			for (Mail mail : mails) {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(this.from);
				message.setTo(mail.recipient());
				message.setSubject(mail.subject());
				message.setText(mail.body());
				try {
					this.sender.send(message);
					this.jdbc.sql("update mail_outbox set sent_at = ?, attempts = attempts + 1 where id = ?")
						.params(NotificationQueries.utc(this.clock.instant()), mail.id())
						.update();
					count++;
				}
				catch (MailException ex) {
					log.warn("Mail {} to {} failed: {}", mail.id(), mail.recipient(), ex.getMessage());
					String error = String.valueOf(ex.getMessage());
					this.jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = ? where id = ?")
						.params(error.substring(0, Math.min(500, error.length())), mail.id())
						.update();
				}
			}
			return count;
		});
		return (sent != null) ? sent : 0;
	}

	private record Mail(long id, String recipient, String subject, String body) {
	}

}
