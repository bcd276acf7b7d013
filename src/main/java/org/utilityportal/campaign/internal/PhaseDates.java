package org.utilityportal.campaign.internal;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.utilityportal.campaign.CampaignPhase;

/**
 * The days of one phase, both included.
 *
 * @param phase the phase
 * @param startsOn its first day
 * @param endsOn its last day
 */
@Embeddable
public record PhaseDates(@Enumerated(EnumType.STRING) CampaignPhase phase, LocalDate startsOn, LocalDate endsOn) {

	public PhaseDates {
		if (endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("A phase ends on or after its first day");
		}
	}

	/** Whether a day falls in it. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.startsOn) && !day.isAfter(this.endsOn);
	}

}
