package org.utilityportal.notification.internal;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sending side of the mail and SMS outboxes: claims waiting messages (locked with
 * {@code skip locked}, so two instances never claim the same one) and records each
 * attempt. Call it inside the transaction that sends: the locks last until it ends.
 */
@Component
@RequiredArgsConstructor
public class OutboxWriter {

	/** Attempts after which a message is no longer claimed. */
	static final int MAX_ATTEMPTS = 10;

	private static final int ERROR_LENGTH = 500;

	private final JdbcClient jdbc;

	/** A message waiting; {@code subject} is {@code null} for a text message. */
	record Waiting(long id, String recipient, String subject, String body) {
	}

	/** The two outboxes, each its table. */
	enum Outbox {

		MAIL("mail_outbox", "subject"), SMS("sms_outbox", "null");

		private final String table;

		private final String subject;

		Outbox(String table, String subject) {
			this.table = table;
			this.subject = subject;
		}

	}

	/** Up to {@code limit} waiting messages, oldest first, locked. */
	List<Waiting> claim(Outbox outbox, int limit) {
		return this.jdbc
			.sql("select id, recipient, " + outbox.subject + " as subject, body from " + outbox.table
					+ " where sent_at is null and attempts < ? order by id limit ? for update skip locked")
			.params(MAX_ATTEMPTS, limit)
			.query((row, index) -> new Waiting(row.getLong("id"), row.getString("recipient"), row.getString("subject"),
					row.getString("body")))
			.list();
	}

	/** Records that the message went out at {@code at}. */
	void sent(Outbox outbox, long id, Instant at) {
		this.jdbc.sql("update " + outbox.table + " set sent_at = ?, attempts = attempts + 1 where id = ?")
			.params(NotificationWriter.utc(at), id)
			.update();
	}

	/** Records a failed attempt with the first 500 characters of its error. */
	void failed(Outbox outbox, long id, String error) {
		String text = String.valueOf(error);
		this.jdbc.sql("update " + outbox.table + " set attempts = attempts + 1, last_error = ? where id = ?")
			.params(text.substring(0, Math.min(ERROR_LENGTH, text.length())), id)
			.update();
	}

}
