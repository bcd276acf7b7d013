package org.utilityportal.billing;

import java.time.Instant;

import org.utilityportal.shared.money.Money;

/**
 * A correction of an issued bill: a credit or a debit, asked for by one person and
 * decided by another, carried as its own line on the next bill.
 *
 * @param id the adjustment
 * @param billNumber the bill it corrects
 * @param accountId the account
 * @param credit whether it is a credit (money back) rather than a debit
 * @param amount how much (positive)
 * @param reason why
 * @param requestedBy who asked
 * @param requestedAt when
 * @param status requested, approved or rejected
 * @param decidedBy who decided, {@code null} while requested
 * @param decidedAt when
 * @param appliedOn the bill that carries it, {@code null} until then
 * @param version optimistic-locking version
 */
public record AdjustmentView(long id, String billNumber, long accountId, boolean credit, Money amount, String reason,
		String requestedBy, Instant requestedAt, String status, String decidedBy, Instant decidedAt, String appliedOn,
		long version) {

	/** The message key of the status. */
	public String statusKey() {
		return "adjustmentStatus." + this.status;
	}

}
