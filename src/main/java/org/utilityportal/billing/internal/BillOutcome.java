package org.utilityportal.billing.internal;

import org.utilityportal.billing.SkipReason;

/**
 * What the billing run decided for one account: a bill, or a reason for none.
 *
 * @param accountId the account
 * @param bill the bill, or {@code null} when skipped
 * @param skip why no bill, or {@code null}
 * @param detail more about the skip (e.g. the tariff's complaint)
 */
public record BillOutcome(long accountId, BillDraft bill, SkipReason skip, String detail) {

	static BillOutcome issued(BillDraft bill) {
		return new BillOutcome(bill.accountId(), bill, null, null);
	}

	static BillOutcome skipped(long accountId, SkipReason reason, String detail) {
		return new BillOutcome(accountId, null, reason, detail);
	}

}
