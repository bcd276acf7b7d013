package org.utilityportal.casework.internal;

import java.time.Instant;
import java.util.List;

import org.utilityportal.calendar.Interval;
import org.utilityportal.casework.CaseStatus;

/**
 * What the escalation scan reads of a case that is due: its clocks (limits, start and
 * stop times, deadlines, lateness, the warning, the next check, its pauses) and what a
 * breach needs to charge and route it (tier, round, owner, responsible team and person,
 * charges, platform deadline), about half the columns of a case and none of its texts but
 * the summary. {@link ServiceCase#dueForScan} turns it into the case the scan's look
 * ({@link ServiceCase#checkDeadlines}) runs on.
 *
 * @param id case id
 * @param version the version read (the scan's update is guarded by it)
 * @param number case number
 * @param summary the summary (notices quote it)
 * @param status status
 * @param tier tier 1–4
 * @param tierEnteredAt when the case reached its tier
 * @param round the round (0, more after reopening)
 * @param calendarId the working calendar its clocks count on
 * @param limits its limits
 * @param registeredAt when it was registered (the first reply clock's start)
 * @param resolutionStartedAt when the resolution clock of this round started
 * @param firstRepliedAt first reply, or {@code null}
 * @param resolvedAt final reply, or {@code null}
 * @param firstReplyDueAt first reply deadline, or {@code null}
 * @param resolutionDueAt resolution deadline, or {@code null}
 * @param firstReplyLate whether the first reply is late
 * @param resolutionLate whether the resolution is late
 * @param returnVisitLate whether the return visit is late
 * @param dueAt the nearest deadline, or {@code null}
 * @param warnAt the warning point, or {@code null}
 * @param warnedDueAt the deadline last warned of, or {@code null}
 * @param nextCheckAt when the scan looks next
 * @param ownerId the first-contact owner, or {@code null}
 * @param responsibleUnitId the responsible team
 * @param responsibleId the responsible person, or {@code null}
 * @param charges whom the first reply and resolution count for
 * @param platformTicket the platform's ticket, or {@code null}
 * @param pauses the times it waited for the customer, oldest first
 */
public record DueCase(long id, long version, String number, String summary, CaseStatus status, int tier,
		Instant tierEnteredAt, int round, long calendarId, CaseLimits limits, Instant registeredAt,
		Instant resolutionStartedAt, Instant firstRepliedAt, Instant resolvedAt, Instant firstReplyDueAt,
		Instant resolutionDueAt, boolean firstReplyLate, boolean resolutionLate, boolean returnVisitLate, Instant dueAt,
		Instant warnAt, Instant warnedDueAt, Instant nextCheckAt, Long ownerId, long responsibleUnitId,
		Long responsibleId, CaseCharges charges, PlatformTicket platformTicket, List<Interval> pauses) {

}
