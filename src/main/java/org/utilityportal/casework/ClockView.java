package org.utilityportal.casework;

import java.time.Instant;
import java.util.List;

import org.utilityportal.calendar.Segment;

/**
 * One clock of a case, explained: when it started, its limit in working minutes, the
 * resulting deadline, and every counted and uncounted stretch up to the deadline (or up
 * to now, or to when it stopped).
 *
 * @param kind first reply, resolution, tier or return visit
 * @param start when it started
 * @param limitMinutes the limit, in counted minutes
 * @param due the deadline; {@code null} while paused
 * @param stoppedAt when the clock stopped (reply given, case resolved), or {@code null}
 * @param countedMinutes minutes counted so far (or until it stopped)
 * @param late whether the deadline was missed
 * @param allHours whether it counts every hour (24×7)
 * @param segments the explanation, in order
 * @param platformDeadline whether the deadline is the forwarding platform's, earlier than
 * the limit's
 */
public record ClockView(ClockKind kind, Instant start, long limitMinutes, Instant due, Instant stoppedAt,
		long countedMinutes, boolean late, boolean allHours, List<Segment> segments, boolean platformDeadline) {

	/** Per cent of the limit used, 0–999. */
	public long percentUsed() {
		return Math.min(999, (this.limitMinutes > 0) ? this.countedMinutes * 100 / this.limitMinutes : 0);
	}

}
