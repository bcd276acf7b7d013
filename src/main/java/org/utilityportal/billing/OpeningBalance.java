package org.utilityportal.billing;

import java.time.Instant;
import java.time.LocalDate;

import org.utilityportal.shared.money.Money;

/**
 * What an account owed or held as credit in the legacy system when the portal took over:
 * its own ledger entry, carried into the first bill's "previous balance".
 *
 * @param accountId the account
 * @param amount positive: arrears carried over; negative: a credit
 * @param since for arrears, the due date of the oldest unpaid legacy bill (the arrears
 * clock starts there); for a credit, the day it was recorded in the legacy system
 * @param reason why the entry exists (shown to the customer)
 * @param recordedBy who imported it
 * @param recordedAt when
 */
public record OpeningBalance(long accountId, Money amount, LocalDate since, String reason, String recordedBy,
		Instant recordedAt) {

	/** Whether it is arrears (money owed) rather than a credit. */
	public boolean isArrears() {
		return this.amount.isPositive();
	}

}
