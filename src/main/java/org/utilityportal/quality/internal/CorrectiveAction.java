package org.utilityportal.quality.internal;

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
import org.utilityportal.quality.ActionStatus;
import org.utilityportal.shared.domain.StaleEditException;

/**
 * A corrective action raised from a finding (an inspection, a campaign's rectification
 * item): an owner, a due date, and its progress through diagnose and plan to carried out
 * with the evidence. Overdue actions go up a tier (2: the supervisors of the owner's
 * unit, 3: the customer-service centre), which the overdue check does for all of them at
 * once; a tier never goes down.
 */
@Entity
@Table(name = "quality_action")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CorrectiveAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long inspectionId;

	private Long campaignId;

	private long unitId;

	private long ownerId;

	private String title;

	private String finding;

	private String diagnosis;

	private String plan;

	private String evidence;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	private LocalDate dueOn;

	private int tier;

	private Instant escalatedAt;

	private String raisedBy;

	private Instant raisedAt;

	private Instant doneAt;

	@Version
	private long version;

	/**
	 * What an action is raised from and given to.
	 *
	 * @param inspectionId the inspection whose finding it answers, or {@code null}
	 * @param campaignId the campaign whose rectification item it is, or {@code null}
	 * @param unitId the owner's unit (the register it appears in)
	 * @param ownerId the person who carries it out
	 * @param title one line
	 * @param finding what was found
	 * @param dueOn the day it is due (done by the end of it)
	 */
	public record Raise(Long inspectionId, Long campaignId, long unitId, long ownerId, String title, String finding,
			LocalDate dueOn) {
	}

	public CorrectiveAction(Raise raise, String by, Instant at) {
		this.inspectionId = raise.inspectionId();
		this.campaignId = raise.campaignId();
		this.unitId = raise.unitId();
		this.ownerId = raise.ownerId();
		this.title = raise.title();
		this.finding = raise.finding();
		this.dueOn = raise.dueOn();
		this.status = ActionStatus.OPEN;
		this.tier = 1;
		this.raisedBy = by;
		this.raisedAt = at;
	}

	/** The cause found and the plan (again, while not done). */
	public void plan(String diagnosis, String plan) {
		if (this.status == ActionStatus.DONE) {
			throw refused("plan");
		}
		this.diagnosis = diagnosis;
		this.plan = plan;
		this.status = ActionStatus.PLANNED;
	}

	/** Carried out, with the evidence; needs a plan first. */
	public void complete(String evidence, Instant at) {
		if (this.status != ActionStatus.PLANNED) {
			throw refused("complete");
		}
		this.evidence = evidence;
		this.doneAt = at;
		this.status = ActionStatus.DONE;
	}

	/** Whether it was done by the end of its due day ({@code today} for one not done). */
	public boolean onTime(LocalDate doneDay, LocalDate today) {
		return !((this.status == ActionStatus.DONE) ? doneDay : today).isAfter(this.dueOn);
	}

	private StaleEditException refused(String action) {
		return new StaleEditException("Corrective action " + this.id + " (" + this.status + ", cannot " + action + ")");
	}

}
