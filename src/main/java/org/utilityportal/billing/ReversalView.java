package org.utilityportal.billing;

import java.time.Instant;

import org.utilityportal.shared.money.Money;

/**
 * A request to reverse a counter payment.
 *
 * @param id the request
 * @param receiptNumber the payment's receipt
 * @param accountId the account paid
 * @param amount the payment's amount
 * @param method how it was paid
 * @param paidAt when
 * @param takenBy the clerk who took it
 * @param reason why it is wrong
 * @param requestedBy who asked
 * @param requestedAt when
 * @param status REQUESTED, APPROVED or REJECTED
 * @param decidedBy the supervisor who decided
 * @param decidedAt when
 * @param version optimistic-locking version
 */
public record ReversalView(long id, String receiptNumber, long accountId, Money amount, PaymentMethod method,
		Instant paidAt, String takenBy, String reason, String requestedBy, Instant requestedAt, String status,
		String decidedBy, Instant decidedAt, long version) {

	/** The message key of the status. */
	public String statusKey() {
		return "decision." + this.status;
	}

}
