package org.utilityportal.casework.internal.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.utilityportal.casework.VisitMethod;
import org.utilityportal.casework.internal.Actor;
import org.utilityportal.casework.internal.CaseEscalation;
import org.utilityportal.casework.internal.CaseTime;
import org.utilityportal.casework.internal.DeadlineCheck;
import org.utilityportal.casework.internal.HistoryEntry;
import org.utilityportal.casework.internal.ReturnVisit;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.shared.db.CopyRows;

/**
 * The life of one generated case up to now, lived by the case itself: the hand-over to
 * another team, the first reply, perhaps a pause while the customer is asked for
 * something, the resolution and the return visit, each through the case's own transition
 * when its {@link CasePlan} says (and only if that is before now), and in between the
 * escalation scan's look ({@link ServiceCase#checkDeadlines}) at every moment the case
 * asked to be looked at. So lateness, escalations, warnings and the clocks of what is
 * still open are exactly what the portal would have recorded, and the escalation scan
 * finds nothing due at the moment of generation.
 */
final class CaseLife {

	/** The rows of the tables a case writes to. */
	record Tables(CopyRows cases, CopyRows pauses, CopyRows escalations, CopyRows visits, CopyRows events) {
	}

	private record Step(Instant at, Runnable action) {
	}

	private final CaseFactory.Draft draft;

	private final ServiceCase c;

	private final CaseTime time;

	private final SplittableRandom random;

	private final List<HistoryEntry> scanned = new ArrayList<>();

	private final List<CaseEscalation> escalated = new ArrayList<>();

	CaseLife(CaseFactory.Draft draft, CaseTime time, SplittableRandom random) {
		this.draft = draft;
		this.c = draft.c();
		this.time = time;
		this.random = random;
	}

	/** Lives the plan up to now and writes the case's rows. */
	void live(CasePlan plan, Tables tables) {
		Instant reply = happened(plan.reply());
		Instant waitFrom = (reply != null) ? happened(plan.waitFrom()) : null;
		Instant waitTo = (waitFrom != null) ? happened(plan.waitTo()) : null;
		Instant resolve = (reply != null && (waitFrom == null || waitTo != null)) ? happened(plan.resolve()) : null;
		Instant visit = (resolve != null) ? happened(plan.visit()) : null;
		Actor owner = this.draft.owner();
		List<Step> steps = new ArrayList<>();
		CaseFactory.Handoff handoff = this.draft.handoff();
		Instant handedOver = (handoff != null) ? happened(this.c.getRegisteredAt().plusSeconds(300)) : null;
		if (handedOver != null) {
			steps.add(new Step(handedOver, () -> this.c.assign(handoff.unitId(), handoff.personId(),
					handoff.description(), owner, this.time.at(handedOver))));
		}
		if (reply != null) {
			steps.add(new Step(reply,
					() -> this.c.firstReply(SyntheticCases.firstReply(this.random), owner, this.time.at(reply))));
		}
		if (waitFrom != null) {
			steps.add(new Step(waitFrom, () -> this.c.waitForCustomer("请补充相关照片或材料。", owner, this.time.at(waitFrom))));
		}
		if (waitTo != null) {
			steps.add(new Step(waitTo,
					() -> this.c.addInformation("材料已补充。", CaseFactory.CUSTOMER, true, this.time.at(waitTo))));
		}
		if (resolve != null) {
			steps.add(new Step(resolve, () -> this.c.resolve(SyntheticCases.finalReply(this.random, this.c.getNature()),
					owner, this.time.at(resolve))));
		}
		if (visit != null) {
			steps.add(new Step(visit, () -> visit(visit, owner)));
		}
		steps.sort(Comparator.comparing(Step::at));
		for (Step step : steps) {
			scanUntil(step.at());
			step.action().run();
		}
		scanUntil(this.time.now());
		write(tables);
	}

	/** Whether the scan finds something due right now (it should not). */
	boolean dueNow() {
		return this.c.getNextCheckAt() != null && !this.c.getNextCheckAt().isAfter(this.time.now());
	}

	private void visit(Instant at, Actor owner) {
		boolean online = this.random.nextInt(100) < 35;
		int overall = SyntheticCases.weighted(this.random, new int[] { 0, 0, 0, 7, 31, 62 });
		this.c.recordVisit(online ? VisitMethod.ONLINE : VisitMethod.PHONE,
				new ReturnVisit.Ratings(near(overall), near(overall), near(overall), overall),
				(overall == 3) ? "处理还算及时，希望以后提前通知。" : null, online ? CaseFactory.CUSTOMER : owner, this.time.at(at));
	}

	/** The escalation scan's looks at the case, each when the case asked for it. */
	private void scanUntil(Instant until) {
		for (int guard = 0; guard < 10_000; guard++) {
			Instant next = this.c.getNextCheckAt();
			if (next == null || next.isAfter(until)) {
				return;
			}
			DeadlineCheck check = this.c.checkDeadlines(this.time.at(next));
			this.scanned.addAll(check.entries());
			this.escalated.addAll(check.escalations());
		}
	}

	private void write(Tables tables) {
		long id = this.draft.id();
		List<HistoryEntry> events = new ArrayList<>(this.c.getHistory());
		events.addAll(this.scanned);
		events.sort(Comparator.comparing(HistoryEntry::getOccurredAt));
		ServiceCase c = this.c;
		tables.cases()
			.add(id, c.getNumber(), c.getChannel(), c.getNature(), c.getSubject(), c.getUtility(), c.getCustomerId(),
					c.getAccountId(), c.getContactName(), c.getContactPhone(), c.getOccurredAt(), c.getPlace(),
					c.getSummary(), c.getDetails(), c.getStaffWorkNumber(), c.getSeverity(), c.getImpact(),
					c.isSensitive(), c.getAmount(), c.getOwnerId(), c.getOwnerWorkNumber(), c.getResponsibleUnitId(),
					c.getResponsibleId(), c.getStatus(), c.getTier(), c.getTierEnteredAt(), c.getRound(),
					c.getLimits().policyId(), c.getCalendarId(), c.isAllHours(), c.getLimits().firstReplyMinutes(),
					c.getLimits().resolutionMinutes(), c.getLimits().returnVisitMinutes(), c.getLimits().tier2Minutes(),
					c.getLimits().tier3Minutes(), c.getLimits().tier4Minutes(), c.getLimits().warningPercent(),
					c.getRegisteredAt(), c.getResolutionStartedAt(), c.getFirstRepliedAt(), c.getResolvedAt(),
					c.getClosedAt(), c.getFirstReplyDueAt(), c.getResolutionDueAt(), c.isFirstReplyLate(),
					c.isResolutionLate(), c.isReturnVisitLate(), c.getDueAt(), c.getWarnAt(), c.getWarnedDueAt(),
					c.getNextCheckAt(), c.getFinalReply(), c.getRepeatOfId(), c.getCreatedBy(), events.size(),
					c.isFirstReplyAllHours(), c.charges().firstReplyChargedId(), c.charges().firstReplyChargedUnitId(),
					c.charges().resolutionChargedId(), c.charges().resolutionChargedUnitId(), c.getRepeatChargedId(),
					c.getHandlingMinutes(), (c.getPlatformTicket() != null) ? c.getPlatformTicket().platform() : null,
					(c.getPlatformTicket() != null) ? c.getPlatformTicket().ticket() : null,
					(c.getPlatformTicket() != null) ? c.getPlatformTicket().dueAt() : null);
		c.getPauses().forEach((pause) -> tables.pauses().add(id, pause.getPausedAt(), pause.getResumedAt()));
		List<CaseEscalation> escalations = new ArrayList<>(c.getEscalations());
		escalations.addAll(this.escalated);
		escalations.forEach((e) -> tables.escalations()
			.add(id, e.getRound(), e.getTier(), e.getReason(), e.getEscalatedAt(), e.getEscalatedBy()));
		c.getVisits()
			.forEach((v) -> tables.visits()
				.add(id, v.getRound(), v.getMethod(), v.getAttitude(), v.getSpeed(), v.getResult(), v.getOverall(),
						v.getRemark(), v.getVisitedAt(), v.getRecordedBy(), v.getChargedId(), v.getChargedUnitId()));
		events.forEach((e) -> tables.events()
			.add(id, e.getOccurredAt(), e.getKind(), e.getActorUsername(), e.getActorName(), e.getActorWorkNumber(),
					e.isVisible(), e.getDetail(), e.getText()));
	}

	private Instant happened(Instant at) {
		return (at != null && !at.isAfter(this.time.now())) ? at : null;
	}

	private int near(int overall) {
		return Math.max(1, Math.min(5, overall + this.random.nextInt(3) - 1));
	}

}
