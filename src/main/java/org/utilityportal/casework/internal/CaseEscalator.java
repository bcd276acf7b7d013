package org.utilityportal.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.calendar.Interval;
import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.calendar.WorkingTime;
import org.utilityportal.casework.ClockKind;
import org.utilityportal.casework.EscalationReason;
import org.utilityportal.casework.EventKind;
import org.utilityportal.notification.Notifications;

/**
 * Breaches, escalations and warnings of one case. An escalation is a row unique per case,
 * round and tier, so it happens exactly once however often (and from however many
 * instances) it is attempted; its notices carry the same key.
 */
@Component
@RequiredArgsConstructor
public class CaseEscalator {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final JdbcClient jdbc;

	private final CaseClocks clocks;

	private final CaseHistory history;

	private final CaseRouting routing;

	private final Notifications notifications;

	private final Clock clock;

	/** What one look at a case did. */
	public record Outcome(int breaches, int escalations, int warnings) {
	}

	/**
	 * What looking at cases writes besides the cases themselves: history entries and
	 * notices, collected and written together, and the organisation that decides who is
	 * notified.
	 *
	 * @param history the history entries
	 * @param notices the notices
	 * @param organisation the organisation as read once for all the cases
	 */
	public record Effects(CaseHistory.Pending history, Notifications.Batch notices,
			CaseRouting.Organisation organisation) {

		/** Writes the history entries and notices collected so far. */
		public void write() {
			this.history.write();
			this.notices.write();
		}

	}

	/** Effects to collect for a number of cases and write together. */
	public Effects effects(CaseRouting.Organisation organisation) {
		return new Effects(this.history.pending(), this.notifications.batch(), organisation);
	}

	/**
	 * Raises a case to a tier, once.
	 * @return whether it was escalated now (false when this tier was already reached in
	 * this round)
	 */
	public boolean escalate(ServiceCase c, int toTier, EscalationReason reason, Instant at, CaseHistory.Actor actor,
			String text) {
		Effects effects = effects(this.routing.organisation());
		boolean escalated = escalate(c, toTier, reason, at, actor, text, effects);
		effects.write();
		return escalated;
	}

	private boolean escalate(ServiceCase c, int toTier, EscalationReason reason, Instant at, CaseHistory.Actor actor,
			String text, Effects effects) {
		boolean inserted = this.jdbc.sql("""
				insert into case_escalation (case_id, round, tier, reason, escalated_at, escalated_by)
				values (?, ?, ?, ?, ?, ?) on conflict (case_id, round, tier) do nothing
				""")
			.params(c.getId(), c.getRound(), toTier, reason.name(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
					actor.username())
			.update() == 1;
		if (!inserted) {
			return false;
		}
		c.setTier(toTier);
		c.setTierEnteredAt(at);
		effects.history()
			.record(c.getId(), this.clock.instant(), EventKind.ESCALATED, actor, true,
					"tier:" + toTier + " " + reason.name(), text);
		effects.notices()
			.add(this.routing.recipients(c, toTier, effects.organisation()), "case.notice.escalated",
					List.of(c.getNumber(), String.valueOf(toTier), c.getSummary()), link(c),
					"escalated:" + c.getNumber() + ":" + c.getRound() + ":" + toTier);
		return true;
	}

	/**
	 * Handles every deadline of the case that has passed, then a due warning; the history
	 * entries and notices go to {@code effects}, for the caller to write.
	 * @param cache working calendars already read
	 * @param pauses the case's pauses
	 */
	public Outcome process(ServiceCase c, Instant now, Map<Long, WorkingCalendar> cache, List<Interval> pauses,
			Effects effects) {
		WorkingTime time = this.clocks.timeFor(c, cache);
		int breaches = 0;
		int escalations = 0;
		for (int guard = 0; guard < 12; guard++) {
			this.clocks.refresh(c, time, pauses);
			if (c.getDueAt() == null || c.getDueAt().isAfter(now)) {
				break;
			}
			var breached = this.clocks.running(c, time, pauses)
				.stream()
				.filter((running) -> running.due().isPresent() && !running.due().get().isAfter(now))
				.min(Comparator.comparing((CaseClocks.Running running) -> running.due().get()));
			if (breached.isEmpty()) {
				break;
			}
			breaches++;
			escalations += breach(c, breached.get().kind(), breached.get().due().get(), now, effects) ? 1 : 0;
		}
		this.clocks.refresh(c, time, pauses);
		int warnings = 0;
		if (c.getWarnAt() != null && c.getDueAt() != null && !now.isBefore(c.getWarnAt()) && now.isBefore(c.getDueAt())
				&& !Objects.equals(c.getWarnedDueAt(), c.getDueAt())) {
			String due = MINUTES.format(c.getDueAt().atZone(this.clock.getZone()));
			effects.notices()
				.add(this.routing.handlers(c, effects.organisation()), "case.notice.warning",
						List.of(c.getNumber(), due, c.getSummary()), link(c),
						"warning:" + c.getNumber() + ":" + c.getDueAt().toEpochMilli());
			effects.history().record(c.getId(), now, EventKind.WARNING, CaseHistory.Actor.SYSTEM, false, due, null);
			c.setWarnedDueAt(c.getDueAt());
			this.clocks.refresh(c, time, pauses);
			warnings++;
		}
		return new Outcome(breaches, escalations, warnings);
	}

	private boolean breach(ServiceCase c, ClockKind kind, Instant due, Instant now, Effects effects) {
		switch (kind) {
			case FIRST_REPLY -> c.setFirstReplyLate(true);
			case RESOLUTION -> c.setResolutionLate(true);
			case RETURN_VISIT -> c.setReturnVisitLate(true);
			case TIER -> {
			}
		}
		effects.history()
			.record(c.getId(), this.clock.instant(), EventKind.BREACH, CaseHistory.Actor.SYSTEM, false,
					kind.name() + (kind == ClockKind.TIER ? ":" + c.getTier() : ""), null);
		if ((kind == ClockKind.FIRST_REPLY || kind == ClockKind.RESOLUTION) && c.getTier() == 1) {
			return escalate(c, 2, EscalationReason.BREACH, due, CaseHistory.Actor.SYSTEM, null, effects);
		}
		if (kind == ClockKind.TIER && c.getTier() < 4) {
			return escalate(c, c.getTier() + 1, EscalationReason.BREACH, due, CaseHistory.Actor.SYSTEM, null, effects);
		}
		// Late at the top tier, late first reply or resolution above tier 1, late return
		// visit: the people concerned are told. The top tier's reminder period starts
		// again from this reminder, so a case long overdue (after the portal was down)
		// is reminded once, not once for every period missed.
		if (kind == ClockKind.TIER) {
			c.setTierEnteredAt(now.isAfter(due) ? now : due);
		}
		effects.notices()
			.add(this.routing.recipients(c, Math.max(2, c.getTier()), effects.organisation()), "case.notice.breached",
					List.of(c.getNumber(), kind.name(), c.getSummary()), link(c),
					"breach:" + c.getNumber() + ":" + c.getRound() + ":" + kind + ":" + due.toEpochMilli());
		return false;
	}

	static String link(ServiceCase c) {
		return "/cases/" + c.getNumber();
	}

}
