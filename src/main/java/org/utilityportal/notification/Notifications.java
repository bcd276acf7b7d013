package org.utilityportal.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.notification.internal.NotificationQueries;
import org.utilityportal.shared.web.SupportedLocales;

/**
 * Sends notices: one inbox entry per recipient, plus an e-mail in the outbox for each
 * recipient with an address on record (text in Simplified Chinese with the English
 * below). Joins the caller's transaction, so a notice exists exactly when what it reports
 * does.
 */
@Service
@RequiredArgsConstructor
public class Notifications {

	private final NotificationQueries queries;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * Notifies each recipient once, in at most three statements whatever their number
	 * (the notices, the addresses on record, the mails).
	 * @param recipientIds user account ids; duplicates are notified once
	 * @param messageKey the message key of the text
	 * @param args the message's arguments
	 * @param link the page it is about (a path), or {@code null}
	 * @param dedupKey a key that makes the notice unique per recipient (a repeated call
	 * with the same key sends nothing), or {@code null}
	 * @return how many notices were written
	 */
	@Transactional
	public int send(Collection<Long> recipientIds, String messageKey, List<String> args, String link, String dedupKey) {
		List<Long> recipients = List.copyOf(new LinkedHashSet<>(recipientIds));
		if (recipients.isEmpty()) {
			return 0;
		}
		Instant now = this.clock.instant();
		Map<Long, Long> sent = this.queries.insertAll(recipients, now, messageKey, args, link, dedupKey);
		Map<Long, String> emails = sent.isEmpty() ? Map.of() : this.queries.emailsOf(sent.keySet());
		if (!emails.isEmpty()) {
			String zh = text(messageKey, args, SupportedLocales.CHINESE);
			String en = text(messageKey, args, SupportedLocales.ENGLISH);
			String body = zh + "\n\n" + en + ((link != null) ? "\n\n" + link : "");
			List<Long> notices = new ArrayList<>();
			List<String> addresses = new ArrayList<>();
			emails.forEach((recipient, email) -> {
				notices.add(sent.get(recipient));
				addresses.add(email);
			});
			this.queries.enqueueMails(notices, addresses, cut(zh, 200), body, now);
		}
		return sent.size();
	}

	/** A person's newest notices. */
	@Transactional(readOnly = true)
	public List<InboxItem> inbox(long userId, int limit) {
		return this.queries.inbox(userId, limit);
	}

	/** How many notices the person has not read. */
	@Transactional(readOnly = true)
	public long unread(long userId) {
		return this.queries.unread(userId);
	}

	/** Marks all of a person's notices read. */
	@Transactional
	public void markAllRead(long userId) {
		this.queries.markAllRead(userId, this.clock.instant());
	}

	private String text(String key, List<String> args, Locale locale) {
		return this.messages.getMessage(key, args.toArray(), key, locale);
	}

	private static String cut(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
	}

}
