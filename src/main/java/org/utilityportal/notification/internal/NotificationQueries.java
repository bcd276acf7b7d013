package org.utilityportal.notification.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.notification.InboxItem;

/** SQL of the inbox and the mail outbox. */
@Component
@RequiredArgsConstructor
public class NotificationQueries {

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
						strings(row.getArray("args")), row.getString("link")));
			});
		return written;
	}

	/**
	 * The e-mail addresses and mobile numbers on record of these people, in one
	 * statement.
	 */
	public Map<Long, Contact> contactsOf(Collection<Long> userIds) {
		Map<Long, Contact> contacts = new HashMap<>();
		this.jdbc.sql("""
				select coalesce(e.user_id, m.user_id) as user_id, e.email, m.mobile
				from notification_email e full join notification_mobile m on m.user_id = e.user_id
				where coalesce(e.user_id, m.user_id) = any(?::bigint[])
				""").param(userIds.toArray(Long[]::new)).query((row) -> {
			contacts.put(row.getLong("user_id"), new Contact(row.getString("email"), row.getString("mobile")));
		});
		return contacts;
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

	/** Where a person's notices go besides the inbox; either may be {@code null}. */
	public record Contact(String email, String mobile) {
	}

	/**
	 * A text message for the SMS outbox; {@code notificationId} is null for one that is
	 * no inbox notice.
	 */
	public record Text(Long notificationId, String recipient, String body) {
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

	public List<InboxItem> inbox(long userId, int limit) {
		return this.jdbc.sql("""
				select id, created_at, message_key, args, link, read_at from notification
				where recipient_id = ? order by created_at desc, id desc limit ?
				""").params(userId, limit).query((row, index) -> {
			Array args = row.getArray("args");
			return new InboxItem(row.getLong("id"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
					row.getString("message_key"), strings(args), row.getString("link"),
					row.getObject("read_at") != null);
		}).list();
	}

	public long unread(long userId) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
			.param(userId)
			.query(Long.class)
			.single();
	}

	public void markAllRead(long userId, Instant at) {
		this.jdbc.sql("update notification set read_at = ? where recipient_id = ? and read_at is null")
			.params(utc(at), userId)
			.update();
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	/**
	 * Mails not sent yet: those with attempts left, and those given up.
	 * @param maxAttempts attempts after which a mail is given up
	 * @return {waiting, given up}
	 */
	public long[] outboxCounts(int maxAttempts) {
		return this.jdbc.sql("""
				select count(*) filter (where attempts < ?), count(*) filter (where attempts >= ?)
				from mail_outbox where sent_at is null
				""")
			.params(maxAttempts, maxAttempts)
			.query((row, index) -> new long[] { row.getLong(1), row.getLong(2) })
			.single();
	}

}
