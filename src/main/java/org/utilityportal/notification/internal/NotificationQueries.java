package org.utilityportal.notification.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.notification.InboxItem;

/**
 * Reads the inbox (a person's notices, how many are unread), the addresses notices go to
 * and the outbox's counts. Writing them: {@link NotificationWriter}.
 */
@Component
@RequiredArgsConstructor
public class NotificationQueries {

	private final JdbcClient jdbc;

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

	/** Where a person's notices go besides the inbox; either may be {@code null}. */
	public record Contact(String email, String mobile) {
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

	static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
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
