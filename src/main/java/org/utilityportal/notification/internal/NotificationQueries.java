package org.utilityportal.notification.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

	/**
	 * Inserts one notice per recipient in one statement; recipients who already have one
	 * with this dedup key get none.
	 * @return the new notices' ids by recipient
	 */
	public Map<Long, Long> insertAll(List<Long> recipientIds, Instant at, String messageKey, List<String> args,
			String link, String dedupKey) {
		Map<Long, Long> inserted = new LinkedHashMap<>();
		this.jdbc.sql("""
				insert into notification (recipient_id, created_at, message_key, args, link, dedup_key)
				select recipient, ?, ?, ?, ?, ? from unnest(?::bigint[]) as recipient
				on conflict (recipient_id, dedup_key) where dedup_key is not null do nothing
				returning id, recipient_id
				""")
			.params(utc(at), messageKey, args.toArray(String[]::new), link, dedupKey, recipientIds.toArray(Long[]::new))
			.query((row) -> {
				inserted.put(row.getLong("recipient_id"), row.getLong("id"));
			});
		return inserted;
	}

	/** The e-mail addresses on record of these people. */
	public Map<Long, String> emailsOf(Collection<Long> userIds) {
		Map<Long, String> emails = new HashMap<>();
		this.jdbc.sql("select user_id, email from notification_email where user_id = any(?::bigint[])")
			.param(userIds.toArray(Long[]::new))
			.query((row) -> {
				emails.put(row.getLong("user_id"), row.getString("email"));
			});
		return emails;
	}

	/** Puts one mail per notice in the outbox, in one statement. */
	public void enqueueMails(List<Long> notificationIds, List<String> recipients, String subject, String body,
			Instant at) {
		this.jdbc
			.sql("""
					insert into mail_outbox (notification_id, recipient, subject, body, created_at)
					select notification, recipient, ?, ?, ? from unnest(?::bigint[], ?::varchar[]) as m(notification, recipient)
					""")
			.params(subject, body, utc(at), notificationIds.toArray(Long[]::new), recipients.toArray(String[]::new))
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

}
