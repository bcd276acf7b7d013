package org.utilityportal.payment.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.utilityportal.shared.money.Money;

/**
 * A direct-debit collection: the debits of one collection date, sent to the bank as one
 * debit file. Its debits (hundreds of thousands) are rows of their own, written and read
 * in bulk; the batch keeps the totals and what the bank's return file did to them.
 */
@Entity
@Table(name = "debit_batch")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DebitBatch {

	/** Where a batch stands. */
	public enum Status {

		/** Sent (or to be sent) to the bank; no return yet. */
		CREATED,

		/** The bank returned some of its debits. */
		PARTLY,

		/** The bank returned all of them. */
		RETURNED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String batchNumber;

	private LocalDate collectionDate;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String createdBy;

	private Instant createdAt;

	private int itemCount;

	private Money total;

	private int paidCount;

	private Money paidTotal;

	private int failedCount;

	private String returnedBy;

	private Instant returnedAt;

	private String returnFileName;

	@Version
	private long version;

	public DebitBatch(String batchNumber, LocalDate collectionDate, String createdBy, Instant createdAt) {
		this.batchNumber = batchNumber;
		this.collectionDate = collectionDate;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.status = Status.CREATED;
		this.total = Money.ZERO;
		this.paidTotal = Money.ZERO;
	}

	/** Its debits were written. */
	public void filled(int itemCount, Money total) {
		this.itemCount = itemCount;
		this.total = total;
	}

	/**
	 * A return file was applied; the counts are the batch's totals after it.
	 */
	public void returned(int paidCount, Money paidTotal, int failedCount, String fileName, String by, Instant at) {
		this.paidCount = paidCount;
		this.paidTotal = paidTotal;
		this.failedCount = failedCount;
		this.returnFileName = fileName;
		this.returnedBy = by;
		this.returnedAt = at;
		this.status = (paidCount + failedCount >= this.itemCount) ? Status.RETURNED : Status.PARTLY;
	}

}
