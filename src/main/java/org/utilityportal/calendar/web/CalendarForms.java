package org.utilityportal.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.validation.Errors;
import org.utilityportal.calendar.Occasion;
import org.utilityportal.calendar.TimeRange;
import org.utilityportal.calendar.WorkingCalendar;

/** The administrator's forms for one calendar. */
final class CalendarForms {

	private CalendarForms() {
	}

	/** Declares a holiday or a make-up working day. */
	@Getter
	@Setter
	static class DayForm {

		@NotNull
		private LocalDate day;

		/** {@code true}: holiday; {@code false}: make-up working day. */
		private boolean holiday = true;

		@NotNull
		private Occasion occasion = Occasion.OTHER;

		private long version;

	}

	/**
	 * New weekly hours, one text per day of the week such as
	 * {@code 09:00-12:00 13:00-18:00} (empty: rest day).
	 */
	@Getter
	@Setter
	static class HoursForm {

		@NotNull
		private LocalDate effectiveFrom;

		@Size(max = 100)
		private String monday;

		@Size(max = 100)
		private String tuesday;

		@Size(max = 100)
		private String wednesday;

		@Size(max = 100)
		private String thursday;

		@Size(max = 100)
		private String friday;

		@Size(max = 100)
		private String saturday;

		@Size(max = 100)
		private String sunday;

		private long version;

		static HoursForm of(WorkingCalendar.WeeklyHours hours, LocalDate from, long version) {
			HoursForm form = new HoursForm();
			form.effectiveFrom = from;
			form.monday = text(hours.periods(DayOfWeek.MONDAY));
			form.tuesday = text(hours.periods(DayOfWeek.TUESDAY));
			form.wednesday = text(hours.periods(DayOfWeek.WEDNESDAY));
			form.thursday = text(hours.periods(DayOfWeek.THURSDAY));
			form.friday = text(hours.periods(DayOfWeek.FRIDAY));
			form.saturday = text(hours.periods(DayOfWeek.SATURDAY));
			form.sunday = text(hours.periods(DayOfWeek.SUNDAY));
			form.version = version;
			return form;
		}

		/** The periods per day; errors go next to the day's field. */
		Map<DayOfWeek, List<TimeRange>> parse(Errors errors) {
			Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
			String[] texts = { this.monday, this.tuesday, this.wednesday, this.thursday, this.friday, this.saturday,
					this.sunday };
			for (DayOfWeek day : DayOfWeek.values()) {
				String field = day.name().toLowerCase(java.util.Locale.ROOT);
				try {
					days.put(day, periods(texts[day.getValue() - 1]));
				}
				catch (IllegalArgumentException | DateTimeParseException ex) {
					errors.rejectValue(field, "calendar.validation.periods");
				}
			}
			if (!errors.hasErrors() && days.values().stream().allMatch(List::isEmpty)) {
				errors.rejectValue("monday", "calendar.validation.noHours");
			}
			return days;
		}

		static List<TimeRange> periods(String text) {
			List<TimeRange> periods = new ArrayList<>();
			if (text == null || text.isBlank()) {
				return periods;
			}
			LocalTime previousEnd = LocalTime.MIN;
			for (String part : text.trim().split("[\\s,;，]+")) {
				String[] ends = part.split("-");
				if (ends.length != 2) {
					throw new IllegalArgumentException(part);
				}
				TimeRange range = new TimeRange(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim()));
				if (range.starts().isBefore(previousEnd)) {
					throw new IllegalArgumentException("overlap " + part);
				}
				previousEnd = range.ends();
				periods.add(range);
			}
			return periods;
		}

		static String text(List<TimeRange> periods) {
			return String.join(" ", periods.stream().map((p) -> p.starts() + "-" + p.ends()).toList());
		}

	}

}
