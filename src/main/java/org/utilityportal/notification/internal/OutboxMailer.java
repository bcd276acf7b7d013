package org.utilityportal.notification.internal;

import java.time.Clock;
import java.util.List;

import lombok.extern.slf4j.Slf4j;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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

	private final OutboxWriter outbox;

	private final JavaMailSender sender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String from;

	public OutboxMailer(OutboxWriter outbox, JavaMailSender sender, TransactionTemplate transactions, Clock clock,
			@Value("${portal.mail.from:portal@localhost}") String from) {
		this.outbox = outbox;
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
			List<OutboxWriter.Waiting> mails = this.outbox.claim(OutboxWriter.Outbox.MAIL, 50);
			int count = 0;
			for (OutboxWriter.Waiting mail : mails) {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(this.from);
				message.setTo(mail.recipient());
				message.setSubject(mail.subject());
				message.setText(mail.body());
				try {
					this.sender.send(message);
					this.outbox.sent(OutboxWriter.Outbox.MAIL, mail.id(), this.clock.instant());
					count++;
				}
				catch (MailException ex) {
					log.warn("Mail {} to {} failed: {}", mail.id(), mail.recipient(), ex.getMessage());
					this.outbox.failed(OutboxWriter.Outbox.MAIL, mail.id(), ex.getMessage());
				}
			}
			return count;
		});
		return (sent != null) ? sent : 0;
	}

}
