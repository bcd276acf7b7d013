package org.utilityportal.casework.internal.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.utilityportal.calendar.Interval;
import org.utilityportal.calendar.WorkingTime;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.internal.CaseCounting;
import org.utilityportal.casework.internal.ServiceCase;

/**
 * When things would happen to a generated case if nothing stopped them; {@code null}:
 * never. Times are counted on the case's clocks (the first reply on its own counting):
 * the first reply mostly in time (8% late), a pause in 12% of cases, the resolution
 * mostly in time (10% late), the return visit mostly in time (12% late).
 *
 * @param reply first reply
 * @param waitFrom the customer is asked for something (the clocks pause)
 * @param waitTo they answer
 * @param resolve final reply
 * @param visit return visit (closes the case)
 */
record CasePlan(Instant reply, Instant waitFrom, Instant waitTo, Instant resolve, Instant visit) {

	private static final Duration FAR = Duration.ofDays(36500);

	/**
	 * Draws a plan. {@code stuck}: where an unfinished case stays (RESOLVED: never
	 * visited, IN_PROGRESS: never resolved, WAITING_CUSTOMER: the customer never
	 * answers), or {@code null}.
	 */
	static CasePlan draw(ServiceCase c, CaseCounting counting, SplittableRandom random, CaseStatus stuck) {
		WorkingTime time = counting.others();
		Instant registered = c.getRegisteredAt();
		int firstReply = c.getLimits().firstReplyMinutes();
		int resolution = c.getLimits().resolutionMinutes();
		int visit = c.getLimits().returnVisitMinutes();
		Instant reply = after(counting.firstReply(), registered,
				late(random, 8) ? between(random, firstReply, 2 * firstReply)
						: between(random, Math.min(10, firstReply / 10), firstReply * 9 / 10),
				List.of());
		Instant waitFrom = null;
		Instant waitTo = null;
		if (stuck == CaseStatus.WAITING_CUSTOMER || random.nextInt(100) < 12) {
			waitFrom = reply.plus(Duration.ofMinutes(5 + random.nextInt(600)));
			waitTo = (stuck == CaseStatus.WAITING_CUSTOMER) ? null
					: waitFrom.plus(Duration.ofMinutes(240 + random.nextInt(5 * 1440)));
		}
		List<Interval> pauses = (waitFrom != null) ? List.of(new Interval(waitFrom, waitTo)) : List.of();
		Instant resolve = after(time, registered, late(random, 10) ? between(random, resolution, 2 * resolution)
				: between(random, resolution * 3 / 10, resolution * 95 / 100), pauses);
		Instant earliest = ((waitTo != null) ? waitTo : (waitFrom != null) ? waitFrom : reply).plusSeconds(1800);
		if (resolve.isBefore(earliest)) {
			resolve = earliest;
		}
		Instant visited = after(time, resolve,
				late(random, 12) ? between(random, visit, 3 * visit) : between(random, 30, visit * 9 / 10), List.of());
		return switch ((stuck != null) ? stuck : CaseStatus.CLOSED) {
			case RESOLVED -> new CasePlan(reply, waitFrom, waitTo, resolve, null);
			case IN_PROGRESS, WAITING_CUSTOMER -> new CasePlan(reply, waitFrom, waitTo, null, null);
			default -> new CasePlan(reply, waitFrom, waitTo, resolve, visited);
		};
	}

	private static Instant after(WorkingTime time, Instant start, int workingMinutes, List<Interval> pauses) {
		return time.deadline(start, Duration.ofMinutes(workingMinutes), pauses).orElse(start.plus(FAR));
	}

	private static boolean late(SplittableRandom random, int percent) {
		return random.nextInt(100) < percent;
	}

	private static int between(SplittableRandom random, int low, int high) {
		return (high <= low) ? low : low + random.nextInt(high - low);
	}

}
