package org.utilityportal.billing.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only record of re-checks and complaints about bills: a request is written
 * once and only its closing moment follows the case that casework keeps about it (the
 * request has no lifecycle of its own: the case has). The dunning chain and the
 * late-payment charges read the open ones set-based.
 */
@Component
@RequiredArgsConstructor
public class RecheckWriter {

	private final JdbcClient jdbc;

	/**
	 * Records a request.
	 * @return its id
	 */
	public long write(long billId, long customerId, long accountId, String reason, String by, Instant at,
			boolean complaint) {
		return this.jdbc
			.sql("""
					insert into bill_recheck_request (bill_id, customer_id, account_id, reason, requested_by, requested_at, kind)
					values (?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(billId, customerId, accountId, reason, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
					complaint ? "COMPLAINT" : "RECHECK")
			.query(Long.class)
			.single();
	}

	/**
	 * Closes a request at {@code closedAt}, or opens it again when that is {@code null}.
	 */
	public void close(long requestId, Instant closedAt) {
		this.jdbc.sql("update bill_recheck_request set closed_at = ? where id = ?")
			.params((closedAt != null) ? OffsetDateTime.ofInstant(closedAt, ZoneOffset.UTC) : null, requestId)
			.update();
	}

}
