package org.utilityportal.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.utilityportal.shared.domain.Utility;

/**
 * A case with its history, clocks, escalations and return visits. For customers the
 * history holds only what they may see, and clocks and escalations are left out.
 *
 * @param id case id
 * @param number case number
 * @param channel how it reached us
 * @param nature nature
 * @param subject subject
 * @param utility utility
 * @param customerId the customer, {@code null} when anonymous
 * @param accountNumber the account concerned, if any
 * @param contactName contact of an anonymous case
 * @param contactPhone contact of an anonymous case
 * @param occurredAt when it happened
 * @param place where
 * @param summary one line
 * @param details the full description
 * @param staffWorkNumber the member of staff it is about
 * @param severity 1–3
 * @param impact 1–3
 * @param sensitive sensitive case
 * @param amount money involved, yuan
 * @param ownerName the first-contact owner
 * @param ownerWorkNumber their work number (shown to the customer)
 * @param responsibleUnitId the team handling it
 * @param responsibleUnit that team's name
 * @param responsibleId the person handling it, if any
 * @param responsibleName that person's name
 * @param status status
 * @param tier tier 1–4
 * @param round 0, or how often it was reopened
 * @param registeredAt registered
 * @param firstRepliedAt first reply
 * @param resolvedAt resolution (final reply)
 * @param closedAt closed after the return visit
 * @param dueAt nearest running deadline
 * @param firstReplyLate first reply late
 * @param resolutionLate resolution late
 * @param finalReply the final reply
 * @param repeatOf the number of the earlier case it repeats
 * @param events the history, oldest first
 * @param clocks the clocks, explained
 * @param escalations the escalations
 * @param visits the return visits
 * @param version optimistic-locking version
 * @param platform the platform it came from with its ticket and the replies sent back, or
 * {@code null}
 */
public record CaseView(long id, String number, Channel channel, Nature nature, Subject subject, Utility utility,
		Long customerId, String accountNumber, String contactName, String contactPhone, Instant occurredAt,
		String place, String summary, String details, String staffWorkNumber, int severity, int impact,
		boolean sensitive, BigDecimal amount, String ownerName, String ownerWorkNumber, long responsibleUnitId,
		String responsibleUnit, Long responsibleId, String responsibleName, CaseStatus status, int tier, int round,
		Instant registeredAt, Instant firstRepliedAt, Instant resolvedAt, Instant closedAt, Instant dueAt,
		boolean firstReplyLate, boolean resolutionLate, String finalReply, String repeatOf, List<CaseEvent> events,
		List<ClockView> clocks, List<Escalation> escalations, List<Visit> visits, long version, PlatformCase platform) {

	/** Severity × impact. */
	public int grade() {
		return this.severity * this.impact;
	}

	/** Whether the case waits for its owner (raised online). */
	public boolean unowned() {
		return this.ownerWorkNumber == null && this.ownerName == null;
	}

	/**
	 * The platform a case came from (12345 and others).
	 *
	 * @param platform the platform
	 * @param ticket its ticket number
	 * @param dueAt its deadline, or {@code null}
	 * @param replies the replies sent back, oldest first
	 */
	public record PlatformCase(Platform platform, String ticket, Instant dueAt, List<PlatformReplyView> replies) {
	}

	/**
	 * A reply sent back to the platform.
	 *
	 * @param at when
	 * @param text what
	 * @param byName who (name at the time)
	 * @param byWorkNumber their work number
	 */
	public record PlatformReplyView(Instant at, String text, String byName, String byWorkNumber) {
	}

	/**
	 * One escalation.
	 *
	 * @param tier tier reached
	 * @param round the round (0, or after a reopen)
	 * @param reason why
	 * @param at when
	 * @param by who (or system)
	 */
	public record Escalation(int tier, int round, EscalationReason reason, Instant at, String by) {
	}

	/**
	 * One return visit.
	 *
	 * @param method online rating or phone visit
	 * @param attitude 1–5
	 * @param speed 1–5
	 * @param result 1–5
	 * @param overall 1–5
	 * @param remark what the customer said
	 * @param at when
	 * @param by who recorded it
	 */
	public record Visit(VisitMethod method, int attitude, int speed, int result, int overall, String remark, Instant at,
			String by) {
	}

}
