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
import org.utilityportal.notification.internal.NotificationWriter;
import org.utilityportal.shared.web.SupportedLocales;

/**
 * Sends notices: one inbox entry per recipient, plus an e-mail in the outbox for each
 * recipient with an address on record (text in Simplified Chinese with the English below)
 * and a text message in the SMS outbox for each with a mobile number on record. Joins the
 * caller's transaction, so a notice exists exactly when what it reports does.
 */
@Service
@RequiredArgsConstructor
public class Notifications {

	private final NotificationQueries queries;

	private final NotificationWriter writer;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * Notifies each recipient once, in at most four statements whatever their number (the
	 * notices, the addresses on record, the mails, the text messages).
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
		Batch batch = batch();
		batch.add(recipientIds, messageKey, args, link, dedupKey);
		return batch.write();
	}

	/**
	 * Notices to write together (a job that notifies about many things at once): in at
	 * most four statements however many notices and recipients. Write it in the
	 * transaction of what it reports.
	 */
	public Batch batch() {
		return new Batch();
	}

	/** Notices collected to be written together by {@link #write()}. */
	public final class Batch {

		private final List<NotificationWriter.Notice> notices = new ArrayList<>();

		private Batch() {
		}

		/** Adds a notice to each recipient (see {@link Notifications#send}). */
		public void add(Collection<Long> recipientIds, String messageKey, List<String> args, String link,
				String dedupKey) {
			for (long recipient : new LinkedHashSet<>(recipientIds)) {
				this.notices.add(new NotificationWriter.Notice(recipient, messageKey, args, link, dedupKey));
			}
		}

		/**
		 * Writes the notices collected so far, with an e-mail in the outbox for each
		 * recipient with an address, and starts again empty.
		 * @return how many notices were written (duplicates of a dedup key are not)
		 */
		public int write() {
			if (this.notices.isEmpty()) {
				return 0;
			}
			Instant now = Notifications.this.clock.instant();
			List<NotificationWriter.Written> written = Notifications.this.writer.insertAll(this.notices, now);
			this.notices.clear();
			Map<Long, NotificationQueries.Contact> contacts = written.isEmpty() ? Map.of() : Notifications.this.queries
				.contactsOf(written.stream().map(NotificationWriter.Written::recipientId).distinct().toList());
			List<NotificationWriter.Mail> mails = new ArrayList<>();
			List<NotificationWriter.Text> texts = new ArrayList<>();
			for (NotificationWriter.Written notice : written) {
				NotificationQueries.Contact contact = contacts.get(notice.recipientId());
				String email = (contact != null) ? contact.email() : null;
				if (contact != null && contact.mobile() != null) {
					texts.add(new NotificationWriter.Text(notice.id(), contact.mobile(),
							cut(text(notice.messageKey(), notice.args(), SupportedLocales.CHINESE), 300)));
				}
				if (email != null) {
					String zh = text(notice.messageKey(), notice.args(), SupportedLocales.CHINESE);
					String en = text(notice.messageKey(), notice.args(), SupportedLocales.ENGLISH);
					String body = zh + "\n\n" + en + ((notice.link() != null) ? "\n\n" + notice.link() : "");
					mails.add(new NotificationWriter.Mail(notice.id(), email, cut(zh, 200), body));
				}
			}
			Notifications.this.writer.enqueueMails(mails, now);
			Notifications.this.writer.enqueueTexts(texts, now);
			return written.size();
		}

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
		this.writer.markAllRead(userId, this.clock.instant());
	}

	private String text(String key, List<String> args, Locale locale) {
		return this.messages.getMessage(key, args.toArray(), key, locale);
	}

	private static String cut(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
	}

}
