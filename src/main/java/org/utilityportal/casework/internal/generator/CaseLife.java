package org.utilityportal.casework.internal.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.utilityportal.calendar.Interval;
import org.utilityportal.calendar.WorkingTime;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.EscalationReason;
import org.utilityportal.casework.EventKind;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.ServiceCase;

/**
 * The life of one generated case up to now, as the portal would have recorded it: the
 * first reply, perhaps a pause while the customer is asked for something, the resolution
 * and the return visit, each when its {@link CasePlan} says (and only if that is before
 * now); the escalation scan's work in between by the rules of {@code CaseEscalator} (a
 * missed first reply or resolution at tier 1 goes to tier 2, each tier's own deadline to
 * the next, tier 4 reminds); finally the clocks of what is still open, computed by
 * {@link CaseClocks} itself, with a warning already sent where one was due. So the
 * escalation scan finds nothing due at the moment of generation.
 */
final class CaseLife {

	/**
	 * The rows of the tables a case writes to.
	 */
	record Tables(CopyRows cases, CopyRows pauses, CopyRows escalations, CopyRows visits, CopyRows events) {
	}

	/**
	 * Who did something: user account id (none for the system and customers), user name,
	 * name, work number.
	 */
	record Actor(Long id, String username, String name, String workNumber) {

		static final Actor SYSTEM = new Actor(null, "system", "system", null);

		static final Actor CUSTOMER = new Actor(null, "customer", "客户", null);

	}

	private record Event(Instant at, EventKind kind, Actor actor, boolean visible, String detail, String text) {
	}

	private final ServiceCase c;

	private final WorkingTime time;

	private final Instant now;

	private final SplittableRandom random;

	private final List<Event> events = new ArrayList<>();

	private final List<Object[]> escalations = new ArrayList<>();

	CaseLife(ServiceCase c, WorkingTime time, Instant now, SplittableRandom random) {
		this.c = c;
		this.time = time;
		this.now = now;
		this.random = random;
	}

	/**
	 * Lives the plan up to now and writes the case's pause, escalations, return visit and
	 * history. A case raised online ({@code online}) gets its owner when they first
	 * reply.
	 */
	void live(CasePlan plan, Actor owner, boolean online, boolean sameDay, String repeatOf, String assignedTo,
			CaseClocks clocks, Tables tables) {
		Instant registered = this.c.getRegisteredAt();
		Instant reply = happened(plan.reply());
		Instant waitFrom = (reply != null) ? happened(plan.waitFrom()) : null;
		Instant waitTo = (waitFrom != null) ? happened(plan.waitTo()) : null;
		Instant resolve = (reply != null && (waitFrom == null || waitTo != null)) ? happened(plan.resolve()) : null;
		Instant visit = (resolve != null) ? happened(plan.visit()) : null;
		List<Interval> pauses = (waitFrom != null) ? List.of(new Interval(waitFrom, waitTo)) : List.of();
		event(registered, EventKind.REGISTERED, online ? Actor.CUSTOMER : owner, true, this.c.getChannel().name(),
				null);
		if (!online) {
			event(registered, EventKind.OWNER_TAKEN, owner, true, owner.workNumber(), null);
		}
		if (repeatOf != null) {
			event(registered, EventKind.REPEAT_LINKED, Actor.SYSTEM, false, repeatOf, null);
		}
		if (assignedTo != null && !online) {
			event(registered.plusSeconds(300), EventKind.ASSIGNED, owner, false, assignedTo, null);
		}
		Instant firstReplyDue = this.time.deadline(registered, minutes(this.c.getFirstReplyMinutes()), pauses)
			.orElse(null);
		Instant resolutionDue = this.time.deadline(registered, minutes(this.c.getResolutionMinutes()), pauses)
			.orElse(null);
		if (sameDay) {
			escalate(2, EscalationReason.SAME_DAY, registered);
		}
		scan(missed(firstReplyDue, reply), missed(resolutionDue, resolve), resolve, pauses);
		this.c.setFirstReplyDueAt(firstReplyDue);
		this.c.setResolutionDueAt(resolutionDue);
		if (reply != null) {
			if (online) {
				this.c.setOwnerId(owner.id());
				this.c.setOwnerWorkNumber(owner.workNumber());
				event(reply, EventKind.OWNER_TAKEN, owner, true, owner.workNumber(), null);
			}
			this.c.setFirstRepliedAt(reply);
			this.c.setFirstReplyLate(
					this.c.isFirstReplyLate() || (firstReplyDue != null && reply.isAfter(firstReplyDue)));
			this.c.setStatus(CaseStatus.IN_PROGRESS);
			event(reply, EventKind.FIRST_REPLY, owner, true, null, SyntheticCases.firstReply(this.random));
		}
		if (waitFrom != null) {
			tables.pauses().add(this.c.getId(), waitFrom, waitTo);
			event(waitFrom, EventKind.WAITING, owner, true, null, "请补充相关照片或材料。");
			this.c.setStatus(CaseStatus.WAITING_CUSTOMER);
			if (waitTo != null) {
				event(waitTo, EventKind.CUSTOMER_INFO, Actor.CUSTOMER, true, null, "材料已补充。");
				event(waitTo, EventKind.RESUMED, Actor.CUSTOMER, true, null, null);
				this.c.setStatus(CaseStatus.IN_PROGRESS);
			}
		}
		if (resolve != null) {
			resolveAndVisit(resolve, visit, resolutionDue, owner, tables);
		}
		if (this.c.getStatus() != CaseStatus.CLOSED) {
			openClocks(clocks, pauses);
		}
		write(tables);
	}

	/** The scan's breaches and escalations while the case was open, in time order. */
	private void scan(Instant firstReplyMissed, Instant resolutionMissed, Instant resolve, List<Interval> pauses) {
		Instant openUntil = (resolve != null) ? resolve : this.now;
		Instant[] missed = { firstReplyMissed, resolutionMissed };
		for (int guard = 0; guard < 1000; guard++) {
			Instant tierDue = (this.c.getTier() >= 2) ? this.time
				.deadline(this.c.getTierEnteredAt(), minutes(this.c.tierMinutes(this.c.getTier())), pauses)
				.filter((due) -> !due.isAfter(this.now) && due.isBefore(openUntil))
				.orElse(null) : null;
			int next = earliest(missed[0], missed[1], tierDue);
			if (next < 0) {
				return;
			}
			if (next < 2) {
				Instant at = missed[next];
				missed[next] = null;
				if (next == 0) {
					this.c.setFirstReplyLate(true);
				}
				else {
					this.c.setResolutionLate(true);
				}
				event(at, EventKind.BREACH, Actor.SYSTEM, false, (next == 0) ? "FIRST_REPLY" : "RESOLUTION", null);
				if (this.c.getTier() == 1) {
					escalate(2, EscalationReason.BREACH, at);
				}
			}
			else {
				event(tierDue, EventKind.BREACH, Actor.SYSTEM, false, "TIER:" + this.c.getTier(), null);
				if (this.c.getTier() < 4) {
					escalate(this.c.getTier() + 1, EscalationReason.BREACH, tierDue);
				}
				else {
					this.c.setTierEnteredAt(tierDue);
				}
			}
		}
	}

	private void resolveAndVisit(Instant resolve, Instant visit, Instant resolutionDue, Actor owner, Tables tables) {
		String reply = SyntheticCases.finalReply(this.random, this.c.getNature());
		this.c.setResolvedAt(resolve);
		this.c.setFinalReply(reply);
		this.c
			.setResolutionLate(this.c.isResolutionLate() || (resolutionDue != null && resolve.isAfter(resolutionDue)));
		this.c.setStatus(CaseStatus.RESOLVED);
		event(resolve, EventKind.RESOLVED, owner, true, null, reply);
		Instant visitDue = this.time.deadline(resolve, minutes(this.c.getReturnVisitMinutes()), List.of()).orElse(null);
		if (visitDue != null && !visitDue.isAfter(this.now) && (visit == null || visit.isAfter(visitDue))) {
			this.c.setReturnVisitLate(true);
			event(visitDue, EventKind.BREACH, Actor.SYSTEM, false, "RETURN_VISIT", null);
		}
		if (visit != null) {
			boolean online = this.random.nextInt(100) < 35;
			int overall = SyntheticCases.weighted(this.random, new int[] { 0, 0, 0, 7, 31, 62 });
			tables.visits()
				.add(this.c.getId(), 0, online ? "ONLINE" : "PHONE", near(overall), near(overall), near(overall),
						overall, (overall == 3) ? "处理还算及时，希望以后提前通知。" : null, visit,
						online ? Actor.CUSTOMER.username() : owner.username());
			Actor by = online ? Actor.CUSTOMER : owner;
			event(visit, EventKind.VISITED, by, true, (online ? "ONLINE" : "PHONE") + ":" + overall, null);
			event(visit, EventKind.CLOSED, by, true, null, null);
			this.c.setClosedAt(visit);
			this.c.setStatus(CaseStatus.CLOSED);
		}
	}

	/**
	 * What is still open gets its clocks from CaseClocks, and a warning if one is due.
	 */
	private void openClocks(CaseClocks clocks, List<Interval> pauses) {
		clocks.refresh(this.c, this.time, pauses);
		if (this.c.getWarnAt() != null && this.c.getDueAt() != null && !this.now.isBefore(this.c.getWarnAt())
				&& this.now.isBefore(this.c.getDueAt())) {
			event(this.c.getWarnAt(), EventKind.WARNING, Actor.SYSTEM, false, null, null);
			this.c.setWarnedDueAt(this.c.getDueAt());
			clocks.refresh(this.c, this.time, pauses);
		}
	}

	/** Whether the scan finds something due right now (it should not). */
	boolean dueNow() {
		return this.c.getNextCheckAt() != null && !this.c.getNextCheckAt().isAfter(this.now);
	}

	private void escalate(int tier, EscalationReason reason, Instant at) {
		this.escalations.add(new Object[] { this.c.getId(), 0, tier, reason.name(), at, "system" });
		this.c.setTier(tier);
		this.c.setTierEnteredAt(at);
		event(at, EventKind.ESCALATED, Actor.SYSTEM, true, "tier:" + tier + " " + reason.name(), null);
	}

	private void event(Instant at, EventKind kind, Actor actor, boolean visible, String detail, String text) {
		this.events.add(new Event(at, kind, actor, visible, detail, text));
	}

	private void write(Tables tables) {
		this.c.setVersion(this.events.size());
		this.escalations.forEach((row) -> tables.escalations().add(row));
		this.events.sort(Comparator.comparing(Event::at));
		for (Event e : this.events) {
			tables.events()
				.add(this.c.getId(), e.at(), e.kind().name(), e.actor().username(), e.actor().name(),
						e.actor().workNumber(), e.visible(), e.detail(), e.text());
		}
	}

	private Instant missed(Instant due, Instant done) {
		return (due != null && !due.isAfter(this.now) && (done == null || done.isAfter(due))) ? due : null;
	}

	private Instant happened(Instant at) {
		return (at != null && !at.isAfter(this.now)) ? at : null;
	}

	private int near(int overall) {
		return Math.max(1, Math.min(5, overall + this.random.nextInt(3) - 1));
	}

	private static int earliest(Instant... candidates) {
		int best = -1;
		for (int i = 0; i < candidates.length; i++) {
			if (candidates[i] != null && (best < 0 || candidates[i].isBefore(candidates[best]))) {
				best = i;
			}
		}
		return best;
	}

	private static Duration minutes(int minutes) {
		return Duration.ofMinutes(minutes);
	}

}
