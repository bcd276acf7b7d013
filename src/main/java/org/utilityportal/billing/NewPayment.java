package org.utilityportal.billing;

import java.time.Instant;
import java.util.List;

import org.utilityportal.shared.money.Money;

/**
 * A payment to take.
 *
 * @param accountId the account paid
 * @param amount more than zero
 * @param method how it came in
 * @param idempotencyKey unique per payment: the same key is never taken twice
 * @param receivedBy who took it (a clerk's sign-in name, {@code online:<provider>},
 * {@code bank})
 * @param at when the money came in
 * @param billNumbers bills to settle first, in this order (an online order's); the rest
 * goes to the oldest unpaid bills
 */
public record NewPayment(long accountId, Money amount, PaymentMethod method, String idempotencyKey, String receivedBy,
		Instant at, List<String> billNumbers) {

	public NewPayment {
		billNumbers = List.copyOf(billNumbers);
	}

}
