package org.utilityportal.payment;

/** What became of a provider's notification; every one is recorded with its outcome. */
public enum NotificationOutcome {

	/** Verified and new: the order is paid now. */
	ACCEPTED,

	/** The same transaction again for an order it already paid: nothing happens. */
	DUPLICATE,

	/** A nonce seen before: refused, nothing happens. */
	REPLAYED,

	/** The signature is not the provider's: refused. */
	BAD_SIGNATURE,

	/**
	 * Sent too long ago (or too far ahead), or about an order that had expired: refused.
	 */
	LATE,

	/** About an order the portal does not know: refused. */
	UNKNOWN_ORDER,

	/**
	 * Amount, currency or order do not match (or another transaction for a paid order):
	 * refused.
	 */
	MISMATCH,

	/** Fields missing or unreadable: refused. */
	MALFORMED,

	/** Failed on the portal's side; the provider will send it again. */
	ERROR;

	/** Whether the provider is told the notification was taken (so it stops sending). */
	public boolean isAcknowledged() {
		return this == ACCEPTED || this == DUPLICATE;
	}

}
