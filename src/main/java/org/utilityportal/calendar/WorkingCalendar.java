package org.utilityportal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A working calendar as the clocks use it: immutable, complete in memory.
 *
 * @param id calendar id
 * @param code short unique code
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param orgUnitId the organisation unit it belongs to, {@code null} for the default
 * @param hours weekly hours in versions, each from its first day
 * @param specialDays holidays and make-up working days
 * @param version optimistic-locking version
 */
public record WorkingCalendar(long id, String code, String nameZh, String nameEn, Long orgUnitId,
		List<WeeklyHours> hours, Map<LocalDate, SpecialDay> specialDays, long version) {

	public WorkingCalendar {
		hours = hours.stream().sorted(Comparator.comparing(WeeklyHours::effectiveFrom)).toList();
		specialDays = Map.copyOf(specialDays);
	}

	/** The name in the given language. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

	/** What kind of day this is. */
	public DayKind kindOf(LocalDate day) {
		SpecialDay special = this.specialDays.get(day);
		if (special != null) {
			return special.holiday() ? DayKind.HOLIDAY : DayKind.MAKE_UP_WORKDAY;
		}
		return hoursOn(day).periods(day.getDayOfWeek()).isEmpty() ? DayKind.REST_DAY : DayKind.WORKDAY;
	}

	/** The working periods of a day, in order; empty on rest days and holidays. */
	public List<TimeRange> periodsOn(LocalDate day) {
		return switch (kindOf(day)) {
			case HOLIDAY, REST_DAY -> List.of();
			case MAKE_UP_WORKDAY -> hoursOn(day).periods(DayOfWeek.MONDAY);
			case WORKDAY -> hoursOn(day).periods(day.getDayOfWeek());
		};
	}

	/** The holiday a special day belongs to, or {@code null}. */
	public Occasion occasionOn(LocalDate day) {
		SpecialDay special = this.specialDays.get(day);
		return (special != null) ? special.occasion() : null;
	}

	/** The weekly hours in force on a day (the first version when the day is earlier). */
	public WeeklyHours hoursOn(LocalDate day) {
		WeeklyHours found = this.hours.isEmpty() ? new WeeklyHours(LocalDate.MIN, Map.of()) : this.hours.get(0);
		for (WeeklyHours version : this.hours) {
			if (!version.effectiveFrom().isAfter(day)) {
				found = version;
			}
		}
		return found;
	}

	/** The special days of one year, in date order. */
	public NavigableMap<LocalDate, SpecialDay> specialDaysOf(int year) {
		NavigableMap<LocalDate, SpecialDay> days = new TreeMap<>();
		this.specialDays.forEach((day, special) -> {
			if (day.getYear() == year) {
				days.put(day, special);
			}
		});
		return days;
	}

	/**
	 * One version of the weekly hours.
	 *
	 * @param effectiveFrom first day it applies
	 * @param days working periods per day of the week; a day without periods is a rest
	 * day
	 */
	public record WeeklyHours(LocalDate effectiveFrom, Map<DayOfWeek, List<TimeRange>> days) {

		public WeeklyHours {
			days = Map.copyOf(days);
		}

		/** The periods of a day of the week, in order. */
		public List<TimeRange> periods(DayOfWeek day) {
			return this.days.getOrDefault(day, List.of())
				.stream()
				.sorted(Comparator.comparing(TimeRange::starts))
				.toList();
		}

	}

	/**
	 * A holiday or a make-up working day.
	 *
	 * @param holiday {@code true} for a holiday, {@code false} for a make-up working day
	 * @param occasion the holiday it belongs to
	 */
	public record SpecialDay(boolean holiday, Occasion occasion) {
	}

}
