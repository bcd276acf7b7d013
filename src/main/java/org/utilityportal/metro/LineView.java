package org.utilityportal.metro;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * A line with its stations in order and its first and last trains.
 *
 * @param code e.g. {@code 1}
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param colour the line colour, {@code #rrggbb}
 * @param loop whether the line is a loop (the last station runs back to the first)
 * @param stops the stations in order
 * @param loopClosingKm on a loop, the km from the last station back to the first; else
 * {@code null}
 * @param timetable first and last trains per direction
 */
public record LineView(String code, String nameZh, String nameEn, String colour, boolean loop, List<Stop> stops,
		BigDecimal loopClosingKm, List<Timetable> timetable) {

	/** The name in the reader's language. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

	/** The length of the line, km (round trip of a loop). */
	public BigDecimal lengthKm() {
		BigDecimal km = (this.loopClosingKm != null) ? this.loopClosingKm : BigDecimal.ZERO;
		for (Stop stop : this.stops) {
			if (stop.kmFromPrevious() != null) {
				km = km.add(stop.kmFromPrevious());
			}
		}
		return km;
	}

	/**
	 * A station of the line.
	 *
	 * @param station the station
	 * @param kmFromPrevious the km from the station before; {@code null} for the first
	 */
	public record Stop(StationView station, BigDecimal kmFromPrevious) {
	}

	/**
	 * The first and last trains in one direction.
	 *
	 * @param directionZh the direction in Chinese
	 * @param directionEn the direction in English
	 * @param firstTrain the first departure from the starting station
	 * @param lastTrain the last departure from the starting station
	 */
	public record Timetable(String directionZh, String directionEn, LocalTime firstTrain, LocalTime lastTrain) {

		/** The direction in the reader's language. */
		public String direction(Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.directionEn : this.directionZh;
		}

	}

}
