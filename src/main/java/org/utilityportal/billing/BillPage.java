package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Unit;

/**
 * Everything a bill page shows.
 *
 * @param bill the bill
 * @param account its account
 * @param history up to 24 bills of the account, oldest first, for the usage chart and
 * table
 * @param explanation why this bill differs from the previous one and the same period last
 * year
 * @param settlements the payments that settled this bill and the units they paid for
 * @param outstanding what is still unpaid of this bill's charges
 * @param adjustments corrections asked for on this bill
 * @param rechecks re-checks the customer asked for
 */
public record BillPage(BillView bill, ServiceAccountView account, List<UsagePoint> history,
		List<Explanation> explanation, List<Settlement> settlements, Money outstanding,
		List<AdjustmentView> adjustments, List<Recheck> rechecks) {

	/**
	 * One bill in the usage history.
	 *
	 * @param billNumber the bill
	 * @param label its month, e.g. 2026-10
	 * @param consumption what it charged for
	 * @param charges its charges
	 * @param estimated whether its closing reading was estimated
	 */
	public record UsagePoint(String billNumber, String label, BigDecimal consumption, Money charges,
			boolean estimated) {
	}

	/**
	 * A payment towards this bill.
	 *
	 * @param receiptNumber the payment's receipt
	 * @param paidAt when
	 * @param method cash, card, transfer, online, automatic deduction
	 * @param amount how much of it went to this bill
	 * @param units how many units (kWh, m³) that amount paid for
	 * @param unit the unit
	 * @param reversed whether the payment was reversed (冲正): then this part is unpaid
	 * again
	 */
	public record Settlement(String receiptNumber, Instant paidAt, PaymentMethod method, Money amount, BigDecimal units,
			Unit unit, boolean reversed) {
	}

	/**
	 * A re-check request or a complaint about the bill.
	 *
	 * @param reason what the customer wrote
	 * @param requestedAt when
	 * @param complaint whether it is a complaint (else a re-check)
	 * @param closedAt when the case about it was resolved, {@code null} while open
	 */
	public record Recheck(String reason, Instant requestedAt, boolean complaint, Instant closedAt) {

		/** Whether reminders, charges and legal steps on the bill wait for it. */
		public boolean isOpen() {
			return this.closedAt == null;
		}

		/** The message key of its kind. */
		public String kindKey() {
			return this.complaint ? "dispute.kind.COMPLAINT" : "dispute.kind.RECHECK";
		}

		/** The message key of the note that dunning waits for it. */
		public String pausedKey() {
			return this.complaint ? "dispute.paused.COMPLAINT" : "dispute.paused.RECHECK";
		}

	}

	/** The open re-check or complaint that pauses dunning on this bill, if any. */
	public Recheck openDispute() {
		return this.rechecks.stream().filter(Recheck::isOpen).findFirst().orElse(null);
	}

}
