package org.utilityportal.notification.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.notification.InboxItem;

/** SQL of the inbox and the mail outbox. */
@Component
@RequiredArgsConstructor
public class NotificationQueries {

	private final JdbcClient jdbc;

	/** Inserts a notice; empty when the recipient already has one with this dedup key. */
	public Optional<Long> insert(long recipientId, Instant at, String messageKey, List<String> args, String link,
			String dedupKey) {
		return this.jdbc.sql("""
				insert into notification (recipient_id, created_at, message_key, args, link, dedup_key)
				values (?, ?, ?, ?, ?, ?)
				on conflict (recipient_id, dedup_key) where dedup_key is not null do nothing
				returning id
				""")
			.params(recipientId, utc(at), messageKey, args.toArray(String[]::new), link, dedupKey)
			.query(Long.class)
			.optional();
	}

	public Optional<String> emailOf(long userId) {
		return this.jdbc.sql("select email from notification_email where user_id = ?")
			.param(userId)
			.query(String.class)
			.optional();
	}

	public void enqueueMail(long notificationId, String recipient, String subject, String body, Instant at) {
		this.jdbc.sql("""
				insert into mail_outbox (notification_id, recipient, subject, body, created_at) values (?, ?, ?, ?, ?)
				""").params(notificationId, recipient, subject, body, utc(at)).update();
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

}
