package org.utilityportal.metro;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.utilityportal.shared.money.Money;

/**
 * Fares by distance: a trip of at most a band's limit (and more than the band before)
 * costs that band's fare; beyond the last band, {@code extraStepFare} more for every
 * started {@code extraStepKm}. Limits are inclusive: exactly 6 km is in the "up to 6 km"
 * band. An entry and exit at the same station (0 km) costs the first band's fare.
 *
 * @param bands the bands, limits strictly increasing
 * @param extraStepKm the length of each step beyond the last band, km
 * @param extraStepFare what each started step adds, yuan
 */
public record FareTable(List<Band> bands, BigDecimal extraStepKm, Money extraStepFare) {

	public FareTable {
		bands = List.copyOf(bands);
		List<String> problems = problems(bands, extraStepKm, extraStepFare);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid fare table: " + problems);
		}
	}

	/**
	 * What is wrong with these bands, as message keys; empty when they make a fare table.
	 */
	public static List<String> problems(List<Band> bands, BigDecimal extraStepKm, Money extraStepFare) {
		List<String> problems = new ArrayList<>();
		if (bands.isEmpty()) {
			problems.add("metro.fares.problem.noBands");
		}
		for (int i = 1; i < bands.size(); i++) {
			if (bands.get(i).upToKm().compareTo(bands.get(i - 1).upToKm()) <= 0) {
				problems.add("metro.fares.problem.order");
				break;
			}
		}
		if (extraStepKm == null || extraStepKm.signum() <= 0 || extraStepFare == null || extraStepFare.isNegative()) {
			problems.add("metro.fares.problem.extraStep");
		}
		return problems;
	}

	/**
	 * The fare of a trip of this length.
	 * @param km the distance, km, not negative
	 */
	public Fare fare(BigDecimal km) {
		if (km.signum() < 0) {
			throw new IllegalArgumentException("A distance is not negative: " + km);
		}
		BigDecimal from = BigDecimal.ZERO;
		for (int i = 0; i < this.bands.size(); i++) {
			Band band = this.bands.get(i);
			if (km.compareTo(band.upToKm()) <= 0) {
				return new Fare(band.fare(), i, from, band.upToKm(), 0);
			}
			from = band.upToKm();
		}
		Band last = this.bands.getLast();
		int steps = km.subtract(last.upToKm()).divide(this.extraStepKm, 0, RoundingMode.CEILING).intValueExact();
		Money extra = new Money(this.extraStepFare.amount().multiply(BigDecimal.valueOf(steps)));
		return new Fare(last.fare().plus(extra), -1, last.upToKm(), null, steps);
	}

	/** Where the last band ends, km. */
	public BigDecimal lastLimit() {
		return this.bands.getLast().upToKm();
	}

	/**
	 * One band.
	 *
	 * @param upToKm the longest trip in the band, km (3 decimals)
	 * @param fare its fare
	 */
	public record Band(BigDecimal upToKm, Money fare) {
	}

	/**
	 * The fare of a trip and the band it falls in.
	 *
	 * @param amount the fare
	 * @param band the band's index, or -1 beyond the last band
	 * @param fromKm the band starts above this distance
	 * @param toKm the band ends at this distance; {@code null} beyond the last band
	 * @param extraSteps the started steps beyond the last band
	 */
	public record Fare(Money amount, int band, BigDecimal fromKm, BigDecimal toKm, int extraSteps) {

		/** Whether the trip is longer than the last band. */
		public boolean isBeyondBands() {
			return this.band < 0;
		}

	}

}
