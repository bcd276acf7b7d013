package org.utilityportal.billing;

import java.time.Instant;

import org.utilityportal.shared.money.Money;

/**
 * A refund of credit.
 *
 * @param refundNumber F and eleven digits
 * @param accountId the account
 * @param customerId its holder
 * @param amount how much
 * @param cash paid out in cash at the counter (else by transfer)
 * @param payeeAccount the customer's bank account for a transfer
 * @param reason why
 * @param requestedBy who asked
 * @param requestedAt when
 * @param status REQUESTED, APPROVED, REJECTED or PAID
 * @param decidedBy who approved or rejected it
 * @param decidedAt when
 * @param paidBy who recorded the payout
 * @param paidAt when
 * @param payoutReference the payout's reference (cash slip, bank transfer number)
 * @param version optimistic-locking version
 */
public record RefundView(String refundNumber, long accountId, long customerId, Money amount, boolean cash,
		String payeeAccount, String reason, String requestedBy, Instant requestedAt, String status, String decidedBy,
		Instant decidedAt, String paidBy, Instant paidAt, String payoutReference, Long version) {

	/** The message key of the status. */
	public String statusKey() {
		return "decision." + this.status;
	}

	/** The payee's bank account with all but the last four digits hidden. */
	public String maskedPayee() {
		if (this.payeeAccount == null || this.payeeAccount.length() <= 4) {
			return this.payeeAccount;
		}
		return "*".repeat(this.payeeAccount.length() - 4) + this.payeeAccount.substring(this.payeeAccount.length() - 4);
	}

}
