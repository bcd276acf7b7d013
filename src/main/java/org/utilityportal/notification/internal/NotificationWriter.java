package org.utilityportal.notification.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes notices in bulk, a statement for all of a batch: the inbox entries (a recipient
 * gets a notice of a dedup key once), the mails and text messages that go with them into
 * the outboxes, and the inbox read. Reads: {@link NotificationQueries}; sending from the
 * outboxes: {@link OutboxWriter}.
 */
@Component
@RequiredArgsConstructor
public class NotificationWriter {

	private final JdbcClient jdbc;

	/** A notice to write. */
	public record Notice(long recipientId, String messageKey, List<String> args, String link, String dedupKey) {
	}

	/** A notice written. */
	public record Written(long id, long recipientId, String messageKey, List<String> args, String link) {
	}

	/** A mail for the outbox. */
	public record Mail(long notificationId, String recipient, String subject, String body) {
	}

	/**
	 * A text message for the SMS outbox; {@code notificationId} is null for one that is
	 * no inbox notice.
	 */
	public record Text(Long notificationId, String recipient, String body) {
	}

	/** Separates the arguments of a notice on their way into the database. */
	private static final String SEPARATOR = "\u001f";

	/**
	 * Inserts notices in one statement; a recipient who already has a notice with the
	 * same dedup key gets none.
	 * @return the notices written
	 */
	public List<Written> insertAll(List<Notice> notices, Instant at) {
		List<Written> written = new ArrayList<>();
		this.jdbc.sql("""
				insert into notification (recipient_id, created_at, message_key, args, link, dedup_key)
				select recipient, ?, message_key,
				    case when args = '' then '{}'::text[] else string_to_array(args, chr(31)) end, link, dedup_key
				from unnest(?::bigint[], ?::varchar[], ?::text[], ?::varchar[], ?::varchar[])
				    as n(recipient, message_key, args, link, dedup_key)
				on conflict (recipient_id, dedup_key) where dedup_key is not null do nothing
				returning id, recipient_id, message_key, args, link
				""")
			.params(utc(at), notices.stream().map(Notice::recipientId).toArray(Long[]::new),
					notices.stream().map(Notice::messageKey).toArray(String[]::new),
					notices.stream().map((notice) -> String.join(SEPARATOR, notice.args())).toArray(String[]::new),
					notices.stream().map(Notice::link).toArray(String[]::new),
					notices.stream().map(Notice::dedupKey).toArray(String[]::new))
			.query((row) -> {
				written.add(new Written(row.getLong("id"), row.getLong("recipient_id"), row.getString("message_key"),
						NotificationQueries.strings(row.getArray("args")), row.getString("link")));
			});
		return written;
	}

	/** Puts text messages in the SMS outbox, in one statement. */
	public void enqueueTexts(List<Text> texts, Instant at) {
		if (texts.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into sms_outbox (notification_id, recipient, body, created_at)
				select notification, recipient, body, ? from unnest(?::bigint[], ?::varchar[], ?::varchar[])
				    as t(notification, recipient, body)
				""")
			.params(utc(at), texts.stream().map(Text::notificationId).toArray(Long[]::new),
					texts.stream().map(Text::recipient).toArray(String[]::new),
					texts.stream().map(Text::body).toArray(String[]::new))
			.update();
	}

	/** Puts mails in the outbox, in one statement. */
	public void enqueueMails(List<Mail> mails, Instant at) {
		if (mails.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("""
					insert into mail_outbox (notification_id, recipient, subject, body, created_at)
					select notification, recipient, subject, body, ?
					from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::text[]) as m(notification, recipient, subject, body)
					""")
			.params(utc(at), mails.stream().map(Mail::notificationId).toArray(Long[]::new),
					mails.stream().map(Mail::recipient).toArray(String[]::new),
					mails.stream().map(Mail::subject).toArray(String[]::new),
					mails.stream().map(Mail::body).toArray(String[]::new))
			.update();
	}

	/** Marks all of a person's notices read at {@code at}. */
	public void markAllRead(long userId, Instant at) {
		this.jdbc.sql("update notification set read_at = ? where recipient_id = ? and read_at is null")
			.params(utc(at), userId)
			.update();
	}

	/** An instant as PostgreSQL's {@code timestamptz} parameter. */
	static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
