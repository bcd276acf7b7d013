package org.utilityportal.payment;

import java.time.Instant;
import java.time.LocalDate;

import org.utilityportal.shared.money.Money;

/**
 * A direct-debit collection batch.
 *
 * @param batchNumber DD, the date and four digits
 * @param collectionDate the day the bank collects
 * @param status CREATED (sent, no return yet), PARTLY or RETURNED
 * @param createdBy who made it
 * @param createdAt when
 * @param itemCount debits
 * @param total their sum
 * @param paidCount debits the bank collected
 * @param paidTotal their sum
 * @param failedCount debits that failed
 * @param returnedAt when the last return file was applied
 * @param returnFileName its name
 */
public record DebitBatchView(String batchNumber, LocalDate collectionDate, String status, String createdBy,
		Instant createdAt, int itemCount, Money total, int paidCount, Money paidTotal, int failedCount,
		Instant returnedAt, String returnFileName) {

	/** The message key of the status. */
	public String statusKey() {
		return "debitBatch.status." + this.status;
	}

	/** Debits the bank has not answered. */
	public int pending() {
		return this.itemCount - this.paidCount - this.failedCount;
	}

}
