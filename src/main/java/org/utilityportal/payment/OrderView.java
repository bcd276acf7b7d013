package org.utilityportal.payment;

import java.time.Instant;
import java.util.List;

import org.utilityportal.shared.money.Money;

/**
 * An online payment order.
 *
 * @param orderNumber the portal's order number
 * @param customerId who pays
 * @param accountId the account paid
 * @param amount the amount
 * @param billNumbers the bills it pays first
 * @param provider the provider's code
 * @param status CREATED (waiting for the provider), PAID or EXPIRED
 * @param createdAt when it was made
 * @param expiresAt until when it can be paid
 * @param payUrl the provider's page for it
 * @param providerTxnId the provider's transaction, once paid
 * @param paidAt when it was paid
 * @param receiptNumber the payment's receipt, once paid
 * @param confirmedBy NOTIFICATION or QUERY, once paid
 */
public record OrderView(String orderNumber, long customerId, long accountId, Money amount, List<String> billNumbers,
		String provider, String status, Instant createdAt, Instant expiresAt, String payUrl, String providerTxnId,
		Instant paidAt, String receiptNumber, String confirmedBy) {

	/** Whether it still waits for the provider. */
	public boolean isWaiting() {
		return "CREATED".equals(this.status);
	}

	/** The message key of its status. */
	public String statusKey() {
		return "order.status." + this.status;
	}

}
