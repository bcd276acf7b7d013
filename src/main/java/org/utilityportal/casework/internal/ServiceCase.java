package org.utilityportal.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.Setter;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.Channel;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.ServiceCommitment;
import org.utilityportal.casework.SlaPolicyView;
import org.utilityportal.casework.Subject;
import org.utilityportal.shared.domain.Utility;

/**
 * A case with its clock state. The limits of the SLA policy are copied in at
 * registration, so a later policy change never moves a running case's deadlines (see
 * docs/DECISIONS.md). Deadlines, lateness and the next check are derived by
 * {@link CaseClocks}.
 */
@Entity
@Table(name = "service_case")
@Getter
@Setter
public class ServiceCase {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_case_id")
	@SequenceGenerator(name = "service_case_id", sequenceName = "service_case_id_seq", allocationSize = 50)
	private Long id;

	private String number;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	private Nature nature;

	@Enumerated(EnumType.STRING)
	private Subject subject;

	@Enumerated(EnumType.STRING)
	private Utility utility;

	private Long customerId;

	private Long accountId;

	private String contactName;

	private String contactPhone;

	private Instant occurredAt;

	private String place;

	private String summary;

	private String details;

	private String staffWorkNumber;

	private int severity;

	private int impact;

	@Column(insertable = false, updatable = false)
	private Integer grade;

	private boolean sensitive;

	private BigDecimal amount;

	private Long ownerId;

	private String ownerWorkNumber;

	private long responsibleUnitId;

	private Long responsibleId;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	private int tier;

	private Instant tierEnteredAt;

	private int round;

	private long policyId;

	private long calendarId;

	private boolean allHours;

	private int firstReplyMinutes;

	private int resolutionMinutes;

	private int returnVisitMinutes;

	private int tier2Minutes;

	private int tier3Minutes;

	private int tier4Minutes;

	private int warningPercent;

	private Instant registeredAt;

	private Instant resolutionStartedAt;

	private Instant firstRepliedAt;

	private Instant resolvedAt;

	private Instant closedAt;

	private Instant firstReplyDueAt;

	private Instant resolutionDueAt;

	private boolean firstReplyLate;

	private boolean resolutionLate;

	private boolean returnVisitLate;

	private Instant dueAt;

	private Instant warnAt;

	private Instant warnedDueAt;

	private Instant nextCheckAt;

	private String finalReply;

	private Long repeatOfId;

	private Long recheckRequestId;

	private String createdBy;

	@Version
	private long version;

	/** The grade, severity × impact (also before the row is read back). */
	public int gradeValue() {
		return this.severity * this.impact;
	}

	/**
	 * Copies a policy's limits into the case: they are the promise the case is measured
	 * against, whatever later happens to the policy.
	 */
	public void applyPolicy(SlaPolicyView policy) {
		this.policyId = policy.id();
		this.allHours = policy.allHours();
		this.firstReplyMinutes = policy.firstReplyMinutes();
		this.resolutionMinutes = policy.resolutionMinutes();
		this.returnVisitMinutes = policy.returnVisitMinutes();
		this.tier2Minutes = policy.tier2Minutes();
		this.tier3Minutes = policy.tier3Minutes();
		this.tier4Minutes = policy.tier4Minutes();
		this.warningPercent = policy.warningPercent();
	}

	/**
	 * Replaces the policy's first reply and resolution limits by a catalogue service's
	 * commitment.
	 */
	public void applyCommitment(ServiceCommitment commitment) {
		this.allHours = commitment.allHours();
		this.resolutionMinutes = commitment.completionMinutes();
		this.firstReplyMinutes = (commitment.responseMinutes() != null) ? commitment.responseMinutes()
				: Math.min(this.firstReplyMinutes, commitment.completionMinutes());
	}

	/** The working minutes allowed at a tier (2–4) before the next escalation. */
	public int tierMinutes(int tier) {
		return switch (tier) {
			case 2 -> this.tier2Minutes;
			case 3 -> this.tier3Minutes;
			default -> this.tier4Minutes;
		};
	}

}
