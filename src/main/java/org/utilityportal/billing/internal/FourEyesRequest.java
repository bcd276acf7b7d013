package org.utilityportal.billing.internal;

import java.time.Instant;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A request one person makes and a second person decides (four eyes): who asked and when,
 * where it stands, who decided and when. The tables of reversals and refunds carry these
 * columns under these names.
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class FourEyesRequest {

	private String requestedBy;

	private Instant requestedAt;

	@Enumerated(EnumType.STRING)
	private Decision status;

	private String decidedBy;

	private Instant decidedAt;

	protected FourEyesRequest(String requestedBy, Instant requestedAt) {
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.status = Decision.REQUESTED;
	}

	/**
	 * A second person approves or rejects the request.
	 * @throws IllegalStateException when it was decided, or the decider asked for it
	 */
	public void decide(boolean approve, String by, Instant at) {
		if (this.status != Decision.REQUESTED || by.equals(this.requestedBy)) {
			throw new IllegalStateException("Request cannot be decided by " + by);
		}
		this.status = approve ? Decision.APPROVED : Decision.REJECTED;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	/** Moves an approved request on to a later state (a refund paid out). */
	protected void advance(Decision from, Decision to) {
		if (this.status != from) {
			throw new IllegalStateException("Request is " + this.status + ", not " + from);
		}
		this.status = to;
	}

}
