package org.utilityportal.payment.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A difference a reconciliation found, as a task: open until someone closes it with the
 * reason (refunded by the provider, booked by hand, a timing difference, …). Written in
 * bulk by the comparison; closed one by one.
 */
@Entity
@Table(name = "reconciliation_difference")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReconciliationDifference {

	@Id
	private Long id;

	private long reconciliationId;

	private String kind;

	private String reference;

	private String txnId;

	private java.math.BigDecimal statementAmount;

	private java.math.BigDecimal portalAmount;

	private String status;

	private String closedBy;

	private Instant closedAt;

	private String reason;

	@Version
	private long version;

	/**
	 * Closes the task with the reason.
	 * @throws IllegalStateException when it is closed already
	 */
	public void close(String reason, String by, Instant at) {
		if (!"OPEN".equals(this.status)) {
			throw new IllegalStateException("Difference " + this.id + " is closed");
		}
		this.status = "CLOSED";
		this.reason = reason;
		this.closedBy = by;
		this.closedAt = at;
	}

}
