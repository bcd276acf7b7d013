package org.utilityportal.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.utilityportal.calendar.Interval;
import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.calendar.WorkingCalendars;
import org.utilityportal.calendar.WorkingTime;
import org.utilityportal.casework.ClockKind;
import org.utilityportal.casework.ClockView;

/**
 * The time cases are acted on ({@link #now()}: the injected clock, and the working
 * calendars, each read once per {@code CaseTime}), and the clocks of a case explained for
 * its page: every counted and uncounted interval up to the deadline, now, or when the
 * clock stopped.
 */
@Component
@RequiredArgsConstructor
public class CaseClocks {

	private final WorkingCalendars calendars;

	private final Clock clock;

	/** Now, with the calendars read as they are needed and kept for this time. */
	public CaseTime now() {
		Map<Long, WorkingCalendar> cache = new HashMap<>();
		return new CaseTime(this.clock.instant(), this.clock.getZone(),
				(id) -> cache.computeIfAbsent(id, this.calendars::byId));
	}

	/** Every clock of the case, explained. */
	public List<ClockView> explain(ServiceCase c) {
		CaseTime now = now();
		List<Interval> pauses = c.pauseIntervals();
		CaseCounting counting = now.countingFor(c);
		Instant platformDue = c.platformCapped(Optional.empty()).orElse(null);
		List<ClockView> views = new ArrayList<>();
		views.add(view(ClockKind.FIRST_REPLY, c.getRegisteredAt(), c.getLimits().firstReplyMinutes(),
				c.getFirstRepliedAt(), c.isFirstReplyLate(), counting, pauses, now.now(), null));
		views.add(view(ClockKind.RESOLUTION, c.getResolutionStartedAt(), c.getLimits().resolutionMinutes(),
				c.getResolvedAt(), c.isResolutionLate(), counting, pauses, now.now(), platformDue));
		if (c.getTier() >= 2 && c.getStatus().isOpen()) {
			views.add(view(ClockKind.TIER, c.getTierEnteredAt(), c.getLimits().tierMinutes(c.getTier()), null, false,
					counting, pauses, now.now(), null));
		}
		if (c.getResolvedAt() != null) {
			views.add(view(ClockKind.RETURN_VISIT, c.getResolvedAt(), c.getLimits().returnVisitMinutes(),
					c.getClosedAt(), c.isReturnVisitLate(), counting, List.of(), now.now(), null));
		}
		return views;
	}

	/**
	 * @param platformDue a platform's deadline that wins when earlier, or {@code null}
	 */
	private static ClockView view(ClockKind kind, Instant start, int limit, Instant stoppedAt, boolean late,
			CaseCounting counting, List<Interval> pauses, Instant now, Instant platformDue) {
		WorkingTime time = counting.of(kind);
		Instant own = time.deadline(start, Duration.ofMinutes(limit), pauses).orElse(null);
		boolean platformFirst = platformDue != null && (own == null || platformDue.isBefore(own));
		Instant due = platformFirst ? platformDue : own;
		Instant countedUntil = (stoppedAt != null) ? stoppedAt : now;
		Instant horizon = countedUntil;
		if (stoppedAt == null && due != null && due.isAfter(horizon)) {
			horizon = due;
		}
		long counted = time.counted(start, countedUntil, pauses).toMinutes();
		boolean missed = late || (due != null && stoppedAt != null && stoppedAt.isAfter(due))
				|| (due != null && stoppedAt == null && now.isAfter(due));
		var segments = time.explain(start, horizon, pauses);
		return new ClockView(kind, start, limit, due, stoppedAt, counted, missed, time.isAllHours(),
				segments.subList(0, Math.min(segments.size(), 300)), platformFirst);
	}

}
