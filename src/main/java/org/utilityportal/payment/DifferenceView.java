package org.utilityportal.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A difference a reconciliation found, and the task of putting it right.
 *
 * @param id the difference
 * @param kind MISSING_IN_PORTAL (the statement has it, the portal not),
 * MISSING_IN_STATEMENT or AMOUNT_DIFFERS
 * @param reference the order number or debit reference
 * @param txnId the provider's or bank's transaction
 * @param statementAmount what the statement says, {@code null} when it has no such line
 * @param portalAmount what the portal recorded, {@code null} when it recorded nothing
 * @param status OPEN or CLOSED
 * @param closedBy who closed it
 * @param closedAt when
 * @param reason why it is settled
 * @param version optimistic-locking version
 */
public record DifferenceView(long id, String kind, String reference, String txnId, BigDecimal statementAmount,
		BigDecimal portalAmount, String status, String closedBy, Instant closedAt, String reason, long version) {

	/** The message key of the kind. */
	public String kindKey() {
		return "difference.kind." + this.kind;
	}

	public boolean isOpen() {
		return "OPEN".equals(this.status);
	}

}
