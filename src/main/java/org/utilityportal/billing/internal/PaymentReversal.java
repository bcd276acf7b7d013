package org.utilityportal.billing.internal;

import java.time.Instant;

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

/**
 * A request to reverse a wrong counter payment (冲正): a clerk asks with a reason, a
 * supervisor who did not ask approves or rejects it.
 */
@Entity
@Table(name = "payment_reversal")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PaymentReversal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long paymentId;

	private String reason;

	private String requestedBy;

	private Instant requestedAt;

	@Enumerated(EnumType.STRING)
	private Decision status;

	private String decidedBy;

	private Instant decidedAt;

	@Version
	private long version;

	public PaymentReversal(long paymentId, String reason, String requestedBy, Instant requestedAt) {
		this.paymentId = paymentId;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.status = Decision.REQUESTED;
	}

	/**
	 * Approves or rejects the request.
	 * @throws IllegalStateException when it was decided already or the decider asked for
	 * it
	 */
	public void decide(boolean approve, String by, Instant at) {
		if (this.status != Decision.REQUESTED || by.equals(this.requestedBy)) {
			throw new IllegalStateException("Reversal " + this.id + " cannot be decided by " + by);
		}
		this.status = approve ? Decision.APPROVED : Decision.REJECTED;
		this.decidedBy = by;
		this.decidedAt = at;
	}

}
