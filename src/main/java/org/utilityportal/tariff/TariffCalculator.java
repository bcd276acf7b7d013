package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.money.Rounding;
import org.utilityportal.tariff.TariffStructure.Band;
import org.utilityportal.tariff.TariffStructure.TierBasis;

/**
 * Prices consumption over a period {@code [from, to)}.
 * <p>
 * The period is cut into segments wherever another tariff version takes effect, a season
 * starts or ends, or (for annual step allowances) a new year begins. Consumption is
 * shared between segments by days, rounded to the meter's resolution (3 decimals, see
 * {@link Rounding}) with the last segment taking the remainder, so nothing is lost or
 * counted twice; with time-of-use registers each band is shared so, and a segment's total
 * is the sum of its bands. Step bounds per month are scaled to each segment's share of
 * the period's months; annual allowances continue from the consumption earlier in the
 * calendar year and start again on 1 January. A stepped time-of-use tariff first places
 * the segment's consumption in the steps, then shares each step between the bands in
 * proportion to the band readings ({@link BandSplit}). Each line is rounded once to the
 * fen; the power-factor adjustment and added tax are lines per segment on that segment's
 * rounded lines. Pure: no database, no clock.
 */
public final class TariffCalculator {

	static final MathContext PRECISION = MathContext.DECIMAL64;

	private TariffCalculator() {
	}

	/**
	 * The charges for a consumption of an account without two-part terms.
	 * @see #charge(List, LocalDate, LocalDate, Consumption, BigDecimal, SupplyTerms)
	 */
	public static Charges charge(List<PricedVersion> versions, LocalDate from, LocalDate to, Consumption consumption,
			BigDecimal yearToDate) {
		return charge(versions, from, to, consumption, yearToDate, SupplyTerms.NONE);
	}

	/**
	 * The charges for a consumption.
	 * @param versions the published versions of one tariff, any order; one must be in
	 * force on {@code from}
	 * @param from first day of the period
	 * @param to day after the last day
	 * @param consumption what was consumed over the period (never negative)
	 * @param yearToDate consumption earlier in the calendar year of {@code from}, for
	 * annual step allowances
	 * @param terms the account's supply terms: basic-charge basis, capacity, power-factor
	 * standard
	 * @return the lines, their total and the year's consumption at the end of the period
	 * @throws IllegalArgumentException when no version is in force, the period is empty
	 * or the consumption does not fit the tariff (time-of-use without band readings, a
	 * two-part tariff without the account's basis or demand, a power-factor standard
	 * without reactive energy)
	 */
	public static Charges charge(List<PricedVersion> versions, LocalDate from, LocalDate to, Consumption consumption,
			BigDecimal yearToDate, SupplyTerms terms) {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("Empty period " + from + " to " + to);
		}
		if (consumption.total().signum() < 0) {
			throw new IllegalArgumentException("Negative consumption " + consumption.total());
		}
		List<Segment> segments = segments(versions, from, to);
		long periodDays = ChronoUnit.DAYS.between(from, to);
		BigDecimal periodMonths = months(from, to);
		List<SegmentPricing.Share> shares = shares(consumption, segments, periodDays);
		SegmentPricing pricing = new SegmentPricing(consumption, terms);
		List<ChargeLine> lines = new ArrayList<>();
		BigDecimal runningYear = (yearToDate != null) ? yearToDate : BigDecimal.ZERO;
		boolean yearRestarted = false;
		for (int i = 0; i < segments.size(); i++) {
			Segment segment = segments.get(i);
			if (i > 0 && segment.start().getDayOfYear() == 1) {
				runningYear = BigDecimal.ZERO;
				yearRestarted = true;
			}
			// Exact here; rounded only where it becomes a bound or a quantity on a line.
			BigDecimal segmentMonths = periodMonths.multiply(BigDecimal.valueOf(segment.days()), PRECISION)
				.divide(BigDecimal.valueOf(periodDays), PRECISION);
			lines.addAll(pricing.lines(segment, shares.get(i), segmentMonths, runningYear));
			runningYear = runningYear.add(shares.get(i).total());
		}
		return Charges.of(lines, yearRestarted ? runningYear : yearEnd(from, to, consumption, runningYear, periodDays));
	}

	/**
	 * The year's consumption at the end of a period that was not cut at 1 January: when
	 * it crosses one, the consumption after it, shared by days as segments are.
	 */
	private static BigDecimal yearEnd(LocalDate from, LocalDate to, Consumption consumption, BigDecimal running,
			long periodDays) {
		LocalDate newYear = to.minusDays(1).withDayOfYear(1);
		if (!newYear.isAfter(from)) {
			return running;
		}
		List<Segment> halves = List.of(new Segment(null, from, newYear, false), new Segment(null, newYear, to, false));
		return shares(consumption, halves, periodDays).getLast().total();
	}

	/**
	 * Each segment's consumption: shared by days, per band when there are band readings
	 * (then a segment's total is the sum of its bands, so bands and totals agree).
	 */
	private static List<SegmentPricing.Share> shares(Consumption consumption, List<Segment> segments, long periodDays) {
		List<SegmentPricing.Share> shares = new ArrayList<>();
		if (!consumption.hasBands()) {
			shares(consumption.total(), segments, periodDays)
				.forEach((total) -> shares.add(new SegmentPricing.Share(total, null)));
			return shares;
		}
		Map<Band, List<BigDecimal>> perBand = new EnumMap<>(Band.class);
		for (Band band : Band.values()) {
			perBand.put(band, shares(consumption.band(band), segments, periodDays));
		}
		for (int i = 0; i < segments.size(); i++) {
			Map<Band, BigDecimal> bands = new EnumMap<>(Band.class);
			for (Band band : Band.values()) {
				bands.put(band, perBand.get(band).get(i));
			}
			shares
				.add(new SegmentPricing.Share(bands.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), bands));
		}
		return shares;
	}

	/**
	 * Shares a quantity between segments by days; the shares add up exactly to the
	 * quantity.
	 */
	static List<BigDecimal> shares(BigDecimal quantity, List<Segment> segments, long periodDays) {
		List<BigDecimal> shares = new ArrayList<>();
		BigDecimal given = BigDecimal.ZERO;
		for (int i = 0; i < segments.size(); i++) {
			BigDecimal share = (i == segments.size() - 1) ? quantity.subtract(given)
					: Rounding.quantity(quantity.multiply(BigDecimal.valueOf(segments.get(i).days()))
						.divide(BigDecimal.valueOf(periodDays), PRECISION));
			shares.add(share);
			given = given.add(share);
		}
		return shares;
	}

	/**
	 * Whole calendar months in the period plus the fraction of the last, started month.
	 */
	static BigDecimal months(LocalDate from, LocalDate to) {
		int whole = 0;
		LocalDate cursor = from;
		while (!cursor.plusMonths(1).isAfter(to)) {
			cursor = cursor.plusMonths(1);
			whole++;
		}
		long rest = ChronoUnit.DAYS.between(cursor, to);
		return BigDecimal.valueOf(whole)
			.add(BigDecimal.valueOf(rest).divide(BigDecimal.valueOf(cursor.lengthOfMonth()), PRECISION));
	}

	private static List<Segment> segments(List<PricedVersion> versions, LocalDate from, LocalDate to) {
		List<PricedVersion> sorted = versions.stream()
			.sorted(Comparator.comparing(PricedVersion::effectiveFrom))
			.toList();
		if (sorted.isEmpty() || sorted.getFirst().effectiveFrom().isAfter(from)) {
			throw new IllegalArgumentException("No tariff version in force on " + from);
		}
		List<Segment> segments = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			PricedVersion version = sorted.get(i);
			LocalDate start = max(version.effectiveFrom(), from);
			LocalDate end = (i + 1 < sorted.size()) ? min(sorted.get(i + 1).effectiveFrom(), to) : to;
			if (start.isBefore(end)) {
				segments.addAll(monthly(version, start, end));
			}
		}
		return segments;
	}

	/**
	 * Cuts a version's stretch where the season starts or ends and, for annual
	 * allowances, on 1 January.
	 */
	private static List<Segment> monthly(PricedVersion version, LocalDate start, LocalDate end) {
		TariffStructure structure = version.structure();
		boolean annual = structure.energy().kind() == TariffStructure.EnergyKind.TIERED
				&& structure.energy().tierBasis() == TierBasis.ANNUAL;
		List<Segment> pieces = new ArrayList<>();
		LocalDate pieceStart = start;
		boolean season = structure.seasonMonths().contains(start.getMonthValue());
		LocalDate monthStart = start.withDayOfMonth(1).plusMonths(1);
		while (monthStart.isBefore(end)) {
			boolean next = structure.seasonMonths().contains(monthStart.getMonthValue());
			if (next != season || (annual && monthStart.getDayOfYear() == 1)) {
				pieces.add(new Segment(version, pieceStart, monthStart, season));
				pieceStart = monthStart;
				season = next;
			}
			monthStart = monthStart.plusMonths(1);
		}
		pieces.add(new Segment(version, pieceStart, end, season));
		return pieces;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** A stretch of the period with one version and one season state. */
	record Segment(PricedVersion version, LocalDate start, LocalDate end, boolean season) {

		long days() {
			return ChronoUnit.DAYS.between(this.start, this.end);
		}

	}

}
