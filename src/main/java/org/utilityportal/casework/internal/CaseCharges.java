package org.utilityportal.casework.internal;

import jakarta.persistence.Embeddable;

/**
 * Whom a case's first reply and resolution count for: the person (the responsible person,
 * else the owner) and team responsible at the moment the clock stopped in time or broke,
 * so a later reassignment does not move lateness to the new handler (issue 14). Empty
 * until the clock stops; the resolution's charge is cleared when a dissatisfied customer
 * reopens the case and set again when the new round stops. Whole values: each change is a
 * new one.
 *
 * @param firstReplyChargedId the person the first reply counts for, or {@code null}
 * @param firstReplyChargedUnitId the team the first reply counts for, or {@code null}
 * @param resolutionChargedId the person the resolution counts for, or {@code null}
 * @param resolutionChargedUnitId the team the resolution counts for, or {@code null}
 */
@Embeddable
public record CaseCharges(Long firstReplyChargedId, Long firstReplyChargedUnitId, Long resolutionChargedId,
		Long resolutionChargedUnitId) {

	/** Nothing charged yet. */
	public static final CaseCharges NONE = new CaseCharges(null, null, null, null);

	/** Whether the first reply is charged already. */
	public boolean firstReplyCharged() {
		return this.firstReplyChargedUnitId != null;
	}

	/** Whether the resolution is charged already. */
	public boolean resolutionCharged() {
		return this.resolutionChargedUnitId != null;
	}

	/** The first reply charged to a person and team. */
	public CaseCharges firstReply(Long person, long unit) {
		return new CaseCharges(person, unit, this.resolutionChargedId, this.resolutionChargedUnitId);
	}

	/** The resolution charged to a person and team. */
	public CaseCharges resolution(Long person, long unit) {
		return new CaseCharges(this.firstReplyChargedId, this.firstReplyChargedUnitId, person, unit);
	}

	/** The resolution not charged (a new round). */
	public CaseCharges resolutionCleared() {
		return new CaseCharges(this.firstReplyChargedId, this.firstReplyChargedUnitId, null, null);
	}

}
