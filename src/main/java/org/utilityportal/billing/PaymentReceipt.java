package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Unit;

/**
 * A payment as its receipt shows it: how much, how, and what it paid for, bill by bill,
 * with the units that money bought.
 *
 * @param receiptNumber the receipt
 * @param accountId the account paid
 * @param customerId its holder
 * @param amount the whole payment
 * @param method how it came in
 * @param paidAt when
 * @param receivedBy who took it (a clerk, the customer, or the automatic deduction)
 * @param credit the part that settled no bill and is held as credit for the next bills
 * @param openingPaid the part that settled opening arrears carried over from the legacy
 * system
 * @param allocations the bills it settled
 * @param reversedAt when it was reversed (冲正), {@code null} while it stands; a reversed
 * payment's allocations no longer count as paid
 */
public record PaymentReceipt(String receiptNumber, long accountId, long customerId, Money amount, PaymentMethod method,
		Instant paidAt, String receivedBy, Money credit, Money openingPaid, List<Allocation> allocations,
		Instant reversedAt) {

	/**
	 * Whether it was taken at the counter (only those are reversed by a clerk's request).
	 */
	public boolean isCounter() {
		return PaymentMethod.COUNTER.contains(this.method);
	}

	/** Whether the payment was reversed. */
	public boolean isReversed() {
		return this.reversedAt != null;
	}

	/** All units paid for. */
	public BigDecimal units() {
		return this.allocations.stream()
			.map(Allocation::units)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * The part of a payment that went to one bill.
	 *
	 * @param billNumber the bill
	 * @param month its month, e.g. 2026-10
	 * @param amount how much of the payment went to it
	 * @param units how many units of that bill's consumption this amount paid for
	 * @param unit kWh or m³
	 */
	public record Allocation(String billNumber, String month, Money amount, BigDecimal units, Unit unit) {
	}

}
