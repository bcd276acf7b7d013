package org.utilityportal.casework.internal;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
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
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.SlaPolicyView;
import org.utilityportal.casework.Subject;

/**
 * An SLA policy: the limits of the cases of one nature, subject (or any) and grade band
 * (or any). What it applies to never changes; its limits do, and each change is a new
 * version (a case copies the limits at registration, so a change applies to cases
 * registered afterwards).
 */
@Entity
@Table(name = "sla_policy")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SlaPolicy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Nature nature;

	@Enumerated(EnumType.STRING)
	private Subject subject;

	private String gradeBand;

	@Embedded
	private Limits limits;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	/**
	 * A policy for a nature, and a subject and grade band ({@code null}: any).
	 * @param by the administrator's sign-in name
	 */
	public SlaPolicy(Nature nature, Subject subject, String gradeBand, Limits limits, String by, Instant at) {
		this.nature = nature;
		this.subject = subject;
		this.gradeBand = gradeBand;
		changeLimits(limits, by, at);
	}

	/** New limits (the combination the policy applies to stays). */
	public void changeLimits(Limits limits, String by, Instant at) {
		this.limits = limits;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/** The policy as other code reads it. */
	public SlaPolicyView view() {
		return new SlaPolicyView(this.id, this.nature, this.subject, this.gradeBand, this.limits.allHours(),
				this.limits.firstReplyAllHours(), this.limits.firstReplyMinutes(), this.limits.resolutionMinutes(),
				this.limits.returnVisitMinutes(), this.limits.tier2Minutes(), this.limits.tier3Minutes(),
				this.limits.tier4Minutes(), this.limits.warningPercent(), this.version);
	}

	/**
	 * A policy's limits (the columns of a policy and of its drafts): minutes of counted
	 * time (working time, or every minute for the stages counted day and night), each
	 * positive; the warning at 50–99% of a limit.
	 *
	 * @param allHours resolution, tiers and return visit counted day and night
	 * @param firstReplyAllHours the first reply counted day and night
	 * @param firstReplyMinutes until the first reply
	 * @param resolutionMinutes until the final reply
	 * @param returnVisitMinutes from the final reply until the return visit
	 * @param tier2Minutes at tier 2 before tier 3
	 * @param tier3Minutes at tier 3 before tier 4
	 * @param tier4Minutes at tier 4 between reminders
	 * @param warningPercent the share of a limit after which the people handling are
	 * warned
	 */
	@Embeddable
	public record Limits(boolean allHours, boolean firstReplyAllHours, int firstReplyMinutes, int resolutionMinutes,
			int returnVisitMinutes, int tier2Minutes, int tier3Minutes, int tier4Minutes, int warningPercent) {

		public Limits {
			for (int minutes : new int[] { firstReplyMinutes, resolutionMinutes, returnVisitMinutes, tier2Minutes,
					tier3Minutes, tier4Minutes }) {
				if (minutes <= 0) {
					throw new IllegalArgumentException("Limits are positive");
				}
			}
			if (warningPercent < 50 || warningPercent > 99) {
				throw new IllegalArgumentException("The warning comes at 50-99% of a limit");
			}
		}

	}

}
