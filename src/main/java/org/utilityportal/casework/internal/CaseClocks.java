package org.utilityportal.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.calendar.Interval;
import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.calendar.WorkingCalendars;
import org.utilityportal.calendar.WorkingTime;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.ClockKind;
import org.utilityportal.casework.ClockView;

/**
 * The clocks of a case: which run, their deadlines, the warning point (a share of the
 * limit, 80% by default) and when the escalation scan must look at the case next. Every
 * value is recomputed from the case's start times, limits, pauses and calendar, so a
 * calendar change or a pause moves deadlines consistently.
 */
@Component
@RequiredArgsConstructor
public class CaseClocks {

	private final JdbcClient jdbc;

	private final WorkingCalendars calendars;

	private final Clock clock;

	/** A running clock and its deadline (empty while paused). */
	public record Running(ClockKind kind, Instant start, Duration limit, Optional<Instant> due, List<Interval> pauses) {
	}

	/** The pauses of a case, oldest first; the last may be open. */
	public List<Interval> pauses(long caseId) {
		return this.jdbc.sql("select paused_at, resumed_at from case_pause where case_id = ? order by paused_at")
			.param(caseId)
			.query((row, index) -> new Interval(row.getObject("paused_at", OffsetDateTime.class).toInstant(),
					(row.getObject("resumed_at") != null)
							? row.getObject("resumed_at", OffsetDateTime.class).toInstant() : null))
			.list();
	}

	/** The pauses of several cases in one statement, by case id; oldest first. */
	public Map<Long, List<Interval>> pauses(Collection<Long> caseIds) {
		Map<Long, List<Interval>> pauses = new HashMap<>();
		this.jdbc.sql("""
				select case_id, paused_at, resumed_at from case_pause where case_id = any(?::bigint[])
				order by case_id, paused_at
				""").param(caseIds.toArray(Long[]::new)).query((row) -> {
			pauses.computeIfAbsent(row.getLong("case_id"), (id) -> new ArrayList<>())
				.add(new Interval(row.getObject("paused_at", OffsetDateTime.class).toInstant(),
						(row.getObject("resumed_at") != null)
								? row.getObject("resumed_at", OffsetDateTime.class).toInstant() : null));
		});
		return pauses;
	}

	/** How the case's clocks count time. */
	public WorkingTime timeFor(ServiceCase c, Map<Long, WorkingCalendar> cache) {
		if (c.isAllHours()) {
			return WorkingTime.allHours(this.clock.getZone());
		}
		WorkingCalendar calendar = cache.computeIfAbsent(c.getCalendarId(), this.calendars::byId);
		return WorkingTime.on(calendar, this.clock.getZone());
	}

	/** The clocks that run now (not stopped, not already late). */
	public List<Running> running(ServiceCase c, WorkingTime time, List<Interval> pauses) {
		List<Running> running = new ArrayList<>();
		if (c.getStatus().isOpen()) {
			if (c.getFirstRepliedAt() == null && !c.isFirstReplyLate()) {
				running.add(run(ClockKind.FIRST_REPLY, c.getRegisteredAt(), c.getFirstReplyMinutes(), time, pauses));
			}
			if (!c.isResolutionLate()) {
				running
					.add(run(ClockKind.RESOLUTION, c.getResolutionStartedAt(), c.getResolutionMinutes(), time, pauses));
			}
			if (c.getTier() >= 2) {
				running.add(run(ClockKind.TIER, c.getTierEnteredAt(), c.tierMinutes(c.getTier()), time, pauses));
			}
		}
		if (c.getStatus() == CaseStatus.RESOLVED && !c.isReturnVisitLate()) {
			running.add(run(ClockKind.RETURN_VISIT, c.getResolvedAt(), c.getReturnVisitMinutes(), time, List.of()));
		}
		return running;
	}

	/**
	 * Recomputes the deadlines, the nearest due instant, the warning point and the next
	 * check of a case.
	 */
	public void refresh(ServiceCase c, Map<Long, WorkingCalendar> cache) {
		refresh(c, timeFor(c, cache), pauses(c.getId()));
	}

	/**
	 * Recomputes the deadlines, the nearest due instant, the warning point and the next
	 * check of a case from the given counting and pauses (nothing is read). A deadline
	 * already missed is kept as it was.
	 */
	public void refresh(ServiceCase c, WorkingTime time, List<Interval> pauses) {
		List<Running> running = running(c, time, pauses);
		if (c.getFirstRepliedAt() == null && !c.isFirstReplyLate()) {
			c.setFirstReplyDueAt(
					time.deadline(c.getRegisteredAt(), minutes(c.getFirstReplyMinutes()), pauses).orElse(null));
		}
		if (c.getResolvedAt() == null && !c.isResolutionLate()) {
			c.setResolutionDueAt(
					time.deadline(c.getResolutionStartedAt(), minutes(c.getResolutionMinutes()), pauses).orElse(null));
		}
		Optional<Running> nearest = running.stream()
			.filter((clock) -> clock.due().isPresent())
			.min(Comparator.comparing((Running clock) -> clock.due().get()));
		if (nearest.isEmpty()) {
			c.setDueAt(null);
			c.setWarnAt(null);
			c.setNextCheckAt(null);
			return;
		}
		Running first = nearest.get();
		Instant due = first.due().get();
		Duration warning = first.limit().multipliedBy(c.getWarningPercent()).dividedBy(100);
		Instant warnAt = time.deadline(first.start(), warning, first.pauses()).orElse(due);
		c.setDueAt(due);
		c.setWarnAt(warnAt);
		c.setNextCheckAt(Objects.equals(c.getWarnedDueAt(), due) || !warnAt.isBefore(due) ? due : warnAt);
	}

	/** Every clock of the case, explained up to its deadline, now, or when it stopped. */
	public List<ClockView> explain(ServiceCase c) {
		List<Interval> pauses = pauses(c.getId());
		WorkingTime time = timeFor(c, new HashMap<>());
		Instant now = this.clock.instant();
		List<ClockView> views = new ArrayList<>();
		views.add(view(ClockKind.FIRST_REPLY, c.getRegisteredAt(), c.getFirstReplyMinutes(), c.getFirstRepliedAt(),
				c.isFirstReplyLate(), time, pauses, now, c.isAllHours()));
		views.add(view(ClockKind.RESOLUTION, c.getResolutionStartedAt(), c.getResolutionMinutes(), c.getResolvedAt(),
				c.isResolutionLate(), time, pauses, now, c.isAllHours()));
		if (c.getTier() >= 2 && c.getStatus().isOpen()) {
			views.add(view(ClockKind.TIER, c.getTierEnteredAt(), c.tierMinutes(c.getTier()), null, false, time, pauses,
					now, c.isAllHours()));
		}
		if (c.getResolvedAt() != null) {
			views.add(view(ClockKind.RETURN_VISIT, c.getResolvedAt(), c.getReturnVisitMinutes(), c.getClosedAt(),
					c.isReturnVisitLate(), time, List.of(), now, c.isAllHours()));
		}
		return views;
	}

	private ClockView view(ClockKind kind, Instant start, int limit, Instant stoppedAt, boolean late, WorkingTime time,
			List<Interval> pauses, Instant now, boolean allHours) {
		Instant due = time.deadline(start, minutes(limit), pauses).orElse(null);
		Instant countedUntil = (stoppedAt != null) ? stoppedAt : now;
		Instant horizon = countedUntil;
		if (stoppedAt == null && due != null && due.isAfter(horizon)) {
			horizon = due;
		}
		long counted = time.counted(start, countedUntil, pauses).toMinutes();
		boolean missed = late || (due != null && stoppedAt != null && stoppedAt.isAfter(due))
				|| (due != null && stoppedAt == null && now.isAfter(due));
		var segments = time.explain(start, horizon, pauses);
		return new ClockView(kind, start, limit, due, stoppedAt, counted, missed, allHours,
				segments.subList(0, Math.min(segments.size(), 300)));
	}

	private static Running run(ClockKind kind, Instant start, int limit, WorkingTime time, List<Interval> pauses) {
		return new Running(kind, start, minutes(limit), time.deadline(start, minutes(limit), pauses), pauses);
	}

	static Duration minutes(int minutes) {
		return Duration.ofMinutes(minutes);
	}

}
