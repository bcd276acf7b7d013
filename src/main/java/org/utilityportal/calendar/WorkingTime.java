package org.utilityportal.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working-time arithmetic for SLA clocks. A clock counts either working time on a
 * {@link WorkingCalendar} (weekly hours, holidays, make-up days) or every hour (24×7),
 * and never while paused. The same walk through time answers three questions: when a
 * limit is reached ({@link #deadline}), how much has been counted ({@link #counted}), and
 * why each stretch did or did not count ({@link #explain}). Instants are exact; calendar
 * days are those of the business time zone.
 */
public final class WorkingTime {

	/**
	 * A limit not reached within this many days has no deadline (a calendar without
	 * hours).
	 */
	private static final int MAX_DAYS = 3660;

	private final WorkingCalendar calendar;

	private final ZoneId zone;

	/**
	 * The stretches of each day walked so far: the calendar never changes under an
	 * instance, and a caller that counts many clocks on it (the escalation scan) walks
	 * the same few days for all of them.
	 */
	private final Map<LocalDate, List<Segment>> days = new ConcurrentHashMap<>();

	private WorkingTime(WorkingCalendar calendar, ZoneId zone) {
		this.calendar = calendar;
		this.zone = zone;
	}

	/** Counts working time on a calendar. */
	public static WorkingTime on(WorkingCalendar calendar, ZoneId zone) {
		return new WorkingTime(calendar, zone);
	}

	/** Counts every hour, day and night, holiday or not (24×7). */
	public static WorkingTime allHours(ZoneId zone) {
		return new WorkingTime(null, zone);
	}

	/** Whether this clock counts every hour. */
	public boolean isAllHours() {
		return this.calendar == null;
	}

	/**
	 * The instant at which {@code limit} of counted time has passed since {@code start}.
	 * @param pauses stretches that do not count; an open pause stops the clock
	 * @return empty while the clock is stopped before the limit is reached (an open
	 * pause), or when the calendar has no working time at all
	 */
	public Optional<Instant> deadline(Instant start, Duration limit, List<Interval> pauses) {
		if (limit.isZero() || limit.isNegative()) {
			return Optional.of(start);
		}
		Duration[] remaining = { limit };
		Instant[] found = { null };
		// Nothing counts after an open pause starts: the walk ends there instead of
		// searching MAX_DAYS for a limit it cannot reach.
		Instant stopped = pauses.stream()
			.filter(Interval::isOpen)
			.map(Interval::from)
			.min(Comparator.naturalOrder())
			.orElse(null);
		walk(start, stopped, pauses, (segment) -> {
			if (!segment.kind().counts()) {
				return true;
			}
			Duration length = segment.length();
			if (length.compareTo(remaining[0]) >= 0) {
				found[0] = segment.from().plus(remaining[0]);
				return false;
			}
			remaining[0] = remaining[0].minus(length);
			return true;
		});
		return Optional.ofNullable(found[0]);
	}

	/** The time counted between two instants. */
	public Duration counted(Instant from, Instant to, List<Interval> pauses) {
		Duration[] total = { Duration.ZERO };
		walk(from, to, pauses, (segment) -> {
			if (segment.kind().counts()) {
				total[0] = total[0].plus(segment.length());
			}
			return true;
		});
		return total[0];
	}

	/**
	 * Every stretch between two instants, with whether it counted and why not; adjacent
	 * stretches of the same kind are merged.
	 */
	public List<Segment> explain(Instant from, Instant to, List<Interval> pauses) {
		List<Segment> segments = new ArrayList<>();
		walk(from, to, pauses, (segment) -> {
			Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
			if (last != null && last.kind() == segment.kind() && last.occasion() == segment.occasion()
					&& last.to().equals(segment.from())) {
				segments.set(segments.size() - 1, new Segment(last.from(), segment.to(), last.kind(), last.occasion()));
			}
			else {
				segments.add(segment);
			}
			return true;
		});
		return segments;
	}

	private void walk(Instant from, Instant to, List<Interval> pauses, Visitor visitor) {
		if (to != null && !to.isAfter(from)) {
			return;
		}
		List<Interval> sortedPauses = pauses.stream().sorted(Comparator.comparing(Interval::from)).toList();
		LocalDate day = from.atZone(this.zone).toLocalDate();
		for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
			for (Segment raw : this.days.computeIfAbsent(day, this::daySegments)) {
				Instant start = raw.from().isBefore(from) ? from : raw.from();
				Instant end = (to != null && raw.to().isAfter(to)) ? to : raw.to();
				if (!start.isBefore(end)) {
					continue;
				}
				for (Segment piece : splitByPauses(new Segment(start, end, raw.kind(), raw.occasion()), sortedPauses)) {
					if (!visitor.visit(piece)) {
						return;
					}
				}
			}
			if (to != null && !day.plusDays(1).atStartOfDay(this.zone).toInstant().isBefore(to)) {
				return;
			}
		}
	}

	private List<Segment> daySegments(LocalDate day) {
		return List.copyOf(segmentsOf(day));
	}

	private List<Segment> segmentsOf(LocalDate day) {
		Instant dayStart = day.atStartOfDay(this.zone).toInstant();
		Instant dayEnd = day.plusDays(1).atStartOfDay(this.zone).toInstant();
		if (this.calendar == null) {
			return List.of(new Segment(dayStart, dayEnd, SegmentKind.COUNTED, null));
		}
		DayKind kind = this.calendar.kindOf(day);
		if (kind == DayKind.HOLIDAY) {
			return List.of(new Segment(dayStart, dayEnd, SegmentKind.HOLIDAY, this.calendar.occasionOn(day)));
		}
		if (kind == DayKind.REST_DAY) {
			return List.of(new Segment(dayStart, dayEnd, SegmentKind.REST_DAY, null));
		}
		List<Segment> segments = new ArrayList<>();
		Instant cursor = dayStart;
		for (TimeRange period : this.calendar.periodsOn(day)) {
			Instant periodStart = day.atTime(period.starts()).atZone(this.zone).toInstant();
			Instant periodEnd = day.atTime(period.ends()).atZone(this.zone).toInstant();
			if (cursor.isBefore(periodStart)) {
				segments.add(new Segment(cursor, periodStart, SegmentKind.OUT_OF_HOURS, null));
			}
			Instant start = periodStart.isBefore(cursor) ? cursor : periodStart;
			if (start.isBefore(periodEnd)) {
				segments.add(new Segment(start, periodEnd, SegmentKind.COUNTED, null));
				cursor = periodEnd;
			}
		}
		if (cursor.isBefore(dayEnd)) {
			segments.add(new Segment(cursor, dayEnd, SegmentKind.OUT_OF_HOURS, null));
		}
		return segments;
	}

	private static List<Segment> splitByPauses(Segment segment, List<Interval> pauses) {
		List<Segment> pieces = new ArrayList<>();
		Instant cursor = segment.from();
		for (Interval pause : pauses) {
			Instant pauseEnd = pause.isOpen() ? Instant.MAX : pause.to();
			if (!pauseEnd.isAfter(cursor) || !pause.from().isBefore(segment.to())) {
				continue;
			}
			Instant pausedFrom = pause.from().isAfter(cursor) ? pause.from() : cursor;
			Instant pausedTo = pauseEnd.isBefore(segment.to()) ? pauseEnd : segment.to();
			if (cursor.isBefore(pausedFrom)) {
				pieces.add(new Segment(cursor, pausedFrom, segment.kind(), segment.occasion()));
			}
			pieces.add(new Segment(pausedFrom, pausedTo, SegmentKind.PAUSED, null));
			cursor = pausedTo;
			if (!cursor.isBefore(segment.to())) {
				break;
			}
		}
		if (cursor.isBefore(segment.to())) {
			pieces.add(new Segment(cursor, segment.to(), segment.kind(), segment.occasion()));
		}
		return pieces;
	}

	@FunctionalInterface
	private interface Visitor {

		/** Handles one stretch; returns whether to go on. */
		boolean visit(Segment segment);

	}

}
