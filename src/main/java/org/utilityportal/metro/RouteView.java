package org.utilityportal.metro;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The shortest way between two stations over the network.
 *
 * @param from where the trip starts
 * @param to where it ends
 * @param km the distance, km (3 decimals); 0 for the same station
 * @param legs the parts on one line each, in travel order; empty for the same station
 */
public record RouteView(StationView from, StationView to, BigDecimal km, List<Leg> legs) {

	/**
	 * A part of the route on one line.
	 *
	 * @param lineCode the line
	 * @param lineZh its Chinese name
	 * @param lineEn its English name
	 * @param from the station it boards at
	 * @param to the station it leaves the line at
	 * @param km its length
	 */
	public record Leg(String lineCode, String lineZh, String lineEn, StationView from, StationView to, BigDecimal km) {

		/** The line's name in the reader's language. */
		public String line(Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.lineEn : this.lineZh;
		}

	}

}
