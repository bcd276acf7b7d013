package org.utilityportal.payment.internal;

import java.sql.Timestamp;
import java.time.Instant;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.payment.NotificationOutcome;
import org.utilityportal.payment.PaymentProvider;

/**
 * The append-only record of provider notifications, and the nonces they used: a nonce is
 * claimed once, so a replay is recognised even when it arrives at the same moment as the
 * original (the second waits for the first and then finds it taken).
 */
@Component
@RequiredArgsConstructor
public class NotificationLogWriter {

	private final JdbcClient jdbc;

	/**
	 * Claims a notification's nonce.
	 * @return {@code false} when it was used before
	 */
	public boolean claimNonce(String provider, String nonce, Instant at) {
		return this.jdbc
			.sql("insert into provider_nonce (provider, nonce, seen_at) values (?, ?, ?) on conflict do nothing")
			.params(provider, nonce, Timestamp.from(at))
			.update() == 1;
	}

	/** Records a notification with what became of it, in the caller's transaction. */
	public void record(String provider, PaymentProvider.Notification notification, NotificationOutcome outcome,
			String body, Instant at) {
		this.jdbc
			.sql("""
					insert into provider_notification (provider, received_at, order_number, txn_id, nonce, amount, outcome, body)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(provider, Timestamp.from(at), cut(notification.orderNumber()), cut(notification.txnId()),
					cut(notification.nonce()),
					(notification.amount() != null) ? notification.amount().toPlainString() : null, outcome.name(),
					body)
			.update();
	}

	/** Records a notification that failed on the way, in a transaction of its own. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String provider, PaymentProvider.Notification notification, String body, Instant at) {
		record(provider, notification, NotificationOutcome.ERROR, body, at);
	}

	private static String cut(String value) {
		return (value != null && value.length() > 64) ? value.substring(0, 64) : value;
	}

}
