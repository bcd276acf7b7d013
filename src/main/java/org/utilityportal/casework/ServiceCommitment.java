package org.utilityportal.casework;

/**
 * The time limits a catalogue service promises, which replace the SLA policy's first
 * reply and resolution limits for the case that tracks an order (the escalation tiers
 * stay the policy's).
 *
 * @param allHours counted day and night (24×7) instead of on the working calendar
 * @param responseMinutes the first response (e.g. arrival on site), or {@code null} to
 * keep the policy's first reply limit (never beyond the completion limit)
 * @param completionMinutes the service done
 */
public record ServiceCommitment(boolean allHours, Integer responseMinutes, int completionMinutes) {

	public ServiceCommitment {
		if (completionMinutes <= 0 || (responseMinutes != null && responseMinutes <= 0)) {
			throw new IllegalArgumentException("A commitment is a positive number of minutes");
		}
	}

}
