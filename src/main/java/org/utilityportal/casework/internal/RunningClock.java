package org.utilityportal.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.utilityportal.calendar.Interval;
import org.utilityportal.calendar.WorkingTime;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.ClockKind;

/**
 * A clock of a case that runs now, and its deadline (empty while paused): the first reply
 * and the resolution (or the platform's earlier deadline) while the case is open and they
 * are not already late, the tier's own limit from tier 2 on, the return visit while the
 * case is resolved.
 *
 * @param kind which clock
 * @param start when it started
 * @param limit how much counted time it allows
 * @param due its deadline, empty while paused
 * @param pauses the pauses it skips (none for the return visit)
 * @param counting how it counts time
 */
public record RunningClock(ClockKind kind, Instant start, Duration limit, Optional<Instant> due, List<Interval> pauses,
		WorkingTime counting) {

	/** The clocks of the case that run now. */
	public static List<RunningClock> of(ServiceCase c, CaseCounting counting, List<Interval> pauses) {
		List<RunningClock> running = new ArrayList<>();
		if (c.getStatus().isOpen()) {
			if (c.getFirstRepliedAt() == null && !c.isFirstReplyLate()) {
				running.add(run(ClockKind.FIRST_REPLY, c.getRegisteredAt(), c.getLimits().firstReplyMinutes(), counting,
						pauses));
			}
			if (!c.isResolutionLate()) {
				RunningClock resolution = run(ClockKind.RESOLUTION, c.getResolutionStartedAt(),
						c.getLimits().resolutionMinutes(), counting, pauses);
				running.add(new RunningClock(resolution.kind(), resolution.start(), resolution.limit(),
						c.platformCapped(resolution.due()), pauses, resolution.counting()));
			}
			if (c.getTier() >= 2) {
				running.add(run(ClockKind.TIER, c.getTierEnteredAt(), c.getLimits().tierMinutes(c.getTier()), counting,
						pauses));
			}
		}
		if (c.getStatus() == CaseStatus.RESOLVED && !c.isReturnVisitLate()) {
			running.add(run(ClockKind.RETURN_VISIT, c.getResolvedAt(), c.getLimits().returnVisitMinutes(), counting,
					List.of()));
		}
		return running;
	}

	private static RunningClock run(ClockKind kind, Instant start, int limit, CaseCounting counting,
			List<Interval> pauses) {
		Duration minutes = Duration.ofMinutes(limit);
		WorkingTime time = counting.of(kind);
		return new RunningClock(kind, start, minutes, time.deadline(start, minutes, pauses), pauses, time);
	}

}
