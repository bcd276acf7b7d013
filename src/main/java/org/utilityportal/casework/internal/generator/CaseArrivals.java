package org.utilityportal.casework.internal.generator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.utilityportal.calendar.DayKind;
import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.casework.Channel;

/**
 * When generated cases arrive over a period: fewer on weekends (55% on Saturdays, 45% on
 * Sundays) and public holidays (40%), more in summer (±20% over the year, highest in
 * mid-July), 15% growth over the period; counter cases between 09:00 and 17:00, the other
 * channels from 07:00 to 23:00 with morning and evening peaks. The counts per day add up
 * exactly to the number asked for.
 */
final class CaseArrivals {

	/** Relative arrivals per hour of the day for channels that never close. */
	private static final int[] HOURS = { 1, 1, 0, 0, 0, 1, 2, 5, 9, 12, 12, 11, 9, 10, 11, 11, 10, 9, 8, 8, 7, 5, 3,
			2 };

	private static final int[] COUNTER_HOURS = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 14, 16, 13, 6, 12, 14, 14, 11, 0, 0, 0, 0,
			0, 0, 0 };

	private final LocalDate first;

	private final int[] perDay;

	private final ZoneId zone;

	private CaseArrivals(LocalDate first, int[] perDay, ZoneId zone) {
		this.first = first;
		this.perDay = perDay;
		this.zone = zone;
	}

	/**
	 * {@code count} cases over the {@code days} days up to and including {@code last}.
	 */
	static CaseArrivals spread(int count, LocalDate last, int days, WorkingCalendar calendar, ZoneId zone) {
		LocalDate first = last.minusDays(days - 1);
		double[] weights = new double[days];
		double total = 0;
		for (int d = 0; d < days; d++) {
			LocalDate day = first.plusDays(d);
			double weight = (day.getDayOfWeek() == DayOfWeek.SATURDAY) ? 0.55
					: (day.getDayOfWeek() == DayOfWeek.SUNDAY) ? 0.45 : 1.0;
			if (calendar.kindOf(day) == DayKind.HOLIDAY) {
				weight = 0.4;
			}
			weight *= 1 + 0.2 * Math.cos(2 * Math.PI * (day.getDayOfYear() - 196) / 365.0);
			weight *= 1 + 0.15 * d / days;
			weights[d] = weight;
			total += weight;
		}
		int[] perDay = new int[days];
		double[] remainders = new double[days];
		int assigned = 0;
		for (int d = 0; d < days; d++) {
			double exact = count * weights[d] / total;
			perDay[d] = (int) exact;
			remainders[d] = exact - perDay[d];
			assigned += perDay[d];
		}
		Integer[] order = new Integer[days];
		Arrays.setAll(order, (d) -> d);
		Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
		for (int i = 0; i < count - assigned; i++) {
			perDay[order[i % days]]++;
		}
		return new CaseArrivals(first, perDay, zone);
	}

	int days() {
		return this.perDay.length;
	}

	LocalDate day(int index) {
		return this.first.plusDays(index);
	}

	int count(int index) {
		return this.perDay[index];
	}

	/** Cases arriving in the last {@code days} days. */
	int lastDays(int days) {
		return Arrays.stream(this.perDay, Math.max(0, this.perDay.length - days), this.perDay.length).sum();
	}

	/** An arrival time on a day for a channel, never after {@code now}. */
	Instant time(SplittableRandom random, LocalDate day, Channel channel, Instant now) {
		Instant start = day.atStartOfDay(this.zone).toInstant();
		Instant end = day.plusDays(1).atStartOfDay(this.zone).toInstant();
		if (end.isAfter(now)) {
			long seconds = Math.max(1, ChronoUnit.SECONDS.between(start, now));
			return start.plusSeconds(random.nextLong(seconds));
		}
		int hour = SyntheticCases.weighted(random, (channel == Channel.COUNTER) ? COUNTER_HOURS : HOURS);
		return day.atTime(hour, random.nextInt(60), random.nextInt(60)).atZone(this.zone).toInstant();
	}

}
