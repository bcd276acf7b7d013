package org.utilityportal.casework;

import java.time.LocalDate;

/**
 * A period of days split the way the figures are kept: the whole calendar months in it
 * (read from {@code case_monthly_figures}, one row per month and group) and the days
 * before and after them (read from {@code case_daily_figures}). A year is eleven or
 * twelve months and at most two partial months of days instead of 365 days.
 *
 * @param monthsFrom the first day of the first whole month
 * @param monthsTo the day after the last whole month (exclusive); equal to
 * {@code monthsFrom} when the period holds no whole month
 */
record FigurePeriod(LocalDate monthsFrom, LocalDate monthsTo) {

	/**
	 * Splits the days {@code from}–{@code to} (inclusive): days in
	 * {@code [from, monthsFrom)} and {@code [monthsTo, to]}, months in
	 * {@code [monthsFrom, monthsTo)}.
	 */
	static FigurePeriod of(LocalDate from, LocalDate to) {
		LocalDate first = (from.getDayOfMonth() == 1) ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate end = to.plusDays(1);
		LocalDate last = (end.getDayOfMonth() == 1) ? end : to.withDayOfMonth(1);
		if (!first.isBefore(last)) {
			return new FigurePeriod(end, end);
		}
		return new FigurePeriod(first, last);
	}

}
