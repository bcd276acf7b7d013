package org.utilityportal.casework.internal;

import jakarta.persistence.Embeddable;
import org.utilityportal.casework.ServiceCommitment;
import org.utilityportal.casework.SlaPolicyView;

/**
 * The limits a case is measured against, in minutes of counted time (working time on its
 * calendar, or every minute when {@code allHours}): copied from its SLA policy at
 * registration and at a regrading, so that a later change of the policy never moves a
 * running case's deadlines; a catalogue order's service commitment replaces the first
 * reply and resolution limits.
 *
 * @param policyId the policy they come from
 * @param allHours resolution, tiers and return visit counted day and night
 * @param firstReplyAllHours the first reply counted day and night
 * @param firstReplyMinutes until the first reply
 * @param resolutionMinutes until the final reply
 * @param returnVisitMinutes from the final reply until the return visit
 * @param tier2Minutes at tier 2 before tier 3
 * @param tier3Minutes at tier 3 before tier 4
 * @param tier4Minutes at tier 4 between reminders
 * @param warningPercent the share of the nearest limit after which the handlers are
 * warned
 */
@Embeddable
public record CaseLimits(long policyId, boolean allHours, boolean firstReplyAllHours, int firstReplyMinutes,
		int resolutionMinutes, int returnVisitMinutes, int tier2Minutes, int tier3Minutes, int tier4Minutes,
		int warningPercent) {

	/** A policy's limits. */
	public static CaseLimits of(SlaPolicyView policy) {
		return new CaseLimits(policy.id(), policy.allHours(), policy.firstReplyAllHours(), policy.firstReplyMinutes(),
				policy.resolutionMinutes(), policy.returnVisitMinutes(), policy.tier2Minutes(), policy.tier3Minutes(),
				policy.tier4Minutes(), policy.warningPercent());
	}

	/**
	 * These limits with a catalogue service's commitment: its completion as the
	 * resolution limit, counted the service's way; its response, when it promises one, as
	 * the first reply limit, counted the same way. Without a response promise the first
	 * reply keeps the policy's limit and counting (24 clock hours by default).
	 */
	public CaseLimits committedTo(ServiceCommitment commitment) {
		boolean response = commitment.responseMinutes() != null;
		return new CaseLimits(this.policyId, commitment.allHours(),
				response ? commitment.allHours() : this.firstReplyAllHours,
				response ? commitment.responseMinutes() : this.firstReplyMinutes, commitment.completionMinutes(),
				this.returnVisitMinutes, this.tier2Minutes, this.tier3Minutes, this.tier4Minutes, this.warningPercent);
	}

	/** The minutes allowed at a tier (2–4) before the next escalation or reminder. */
	public int tierMinutes(int tier) {
		return switch (tier) {
			case 2 -> this.tier2Minutes;
			case 3 -> this.tier3Minutes;
			default -> this.tier4Minutes;
		};
	}

}
