package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Quantity;
import org.utilityportal.shared.money.Rounding;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.shared.money.UnitPrice;
import org.utilityportal.tariff.TariffStructure.Band;
import org.utilityportal.tariff.TariffStructure.TaxMode;
import org.utilityportal.tariff.TariffStructure.Tier;
import org.utilityportal.tariff.TariffStructure.TierBasis;
import org.utilityportal.tariff.TariffStructure.TouBand;

/**
 * Prices consumption over a period {@code [from, to)}.
 * <p>
 * The period is cut into segments wherever another tariff version takes effect or a
 * season starts or ends. Consumption is shared between segments by days (rounded to 3
 * decimals, the last segment taking the remainder, so nothing is lost or counted twice).
 * Step bounds per month are scaled to each segment's share of the period's months; annual
 * allowances continue from the consumption earlier in the calendar year. Each line is
 * rounded once to the fen; tax, when added, is a line per segment on that segment's
 * rounded lines. Pure: no database, no clock.
 */
public final class TariffCalculator {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private TariffCalculator() {
	}

	/**
	 * The charges for a consumption.
	 * @param versions the published versions of one tariff, any order; one must be in
	 * force on {@code from}
	 * @param from first day of the period
	 * @param to day after the last day
	 * @param consumption what was consumed over the period (never negative)
	 * @param yearToDate consumption earlier in the same calendar year, for annual step
	 * allowances
	 * @throws IllegalArgumentException when no version is in force, the period is empty
	 * or the consumption does not fit the tariff (time-of-use without band readings)
	 */
	public static Charges charge(List<PricedVersion> versions, LocalDate from, LocalDate to, Consumption consumption,
			BigDecimal yearToDate) {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("Empty period " + from + " to " + to);
		}
		if (consumption.total().signum() < 0) {
			throw new IllegalArgumentException("Negative consumption " + consumption.total());
		}
		List<Segment> segments = segments(versions, from, to);
		long periodDays = ChronoUnit.DAYS.between(from, to);
		BigDecimal periodMonths = months(from, to);
		List<BigDecimal> totals = shares(consumption.total(), segments, periodDays);
		List<ChargeLine> lines = new ArrayList<>();
		BigDecimal runningYear = (yearToDate != null) ? yearToDate : BigDecimal.ZERO;
		for (int i = 0; i < segments.size(); i++) {
			Segment segment = segments.get(i);
			// Exact here; rounded only where it becomes a bound or a quantity on a line.
			BigDecimal segmentMonths = periodMonths.multiply(BigDecimal.valueOf(segment.days()), PRECISION)
				.divide(BigDecimal.valueOf(periodDays), PRECISION);
			List<ChargeLine> segmentLines = new ArrayList<>();
			energy(segment, totals.get(i), consumption, segments, periodDays, i, segmentMonths, runningYear,
					segmentLines);
			runningYear = runningYear.add(totals.get(i));
			TariffStructure structure = segment.version().structure();
			for (TariffStructure.Surcharge surcharge : structure.surcharges()) {
				segmentLines.add(line(segment, LineKind.SURCHARGE, 0, null, surcharge.nameZh(), surcharge.nameEn(),
						totals.get(i), structure.unit(), surcharge.perUnit()));
			}
			for (TariffStructure.FixedCharge fixed : structure.fixedCharges()) {
				segmentLines.add(line(segment, LineKind.FIXED, 0, null, fixed.nameZh(), fixed.nameEn(), segmentMonths,
						Unit.MONTH, fixed.perMonth()));
			}
			if (structure.tax().mode() == TaxMode.ADDED && structure.tax().rate().signum() > 0) {
				Money base = segmentLines.stream().map(ChargeLine::amount).reduce(Money.ZERO, Money::plus);
				segmentLines.add(line(segment, LineKind.TAX, 0, null, null, null, base.amount(), Unit.YUAN,
						structure.tax().rate()));
			}
			lines.addAll(segmentLines);
		}
		return Charges.of(lines);
	}

	private static void energy(Segment segment, BigDecimal quantity, Consumption consumption, List<Segment> segments,
			long periodDays, int index, BigDecimal segmentMonths, BigDecimal yearToDate, List<ChargeLine> lines) {
		TariffStructure structure = segment.version().structure();
		TariffStructure.EnergyCharge energy = structure.energy();
		switch (energy.kind()) {
			case FLAT -> lines.add(line(segment, LineKind.ENERGY, 0, null, null, null, quantity, structure.unit(),
					price(energy.price(), energy.seasonPrice(), segment.season())));
			case TIERED -> {
				boolean annual = energy.tierBasis() == TierBasis.ANNUAL;
				BigDecimal position = annual ? yearToDate : BigDecimal.ZERO;
				BigDecimal remaining = quantity;
				for (int step = 0; step < energy.tiers().size() && remaining.signum() > 0; step++) {
					Tier tier = energy.tiers().get(step);
					BigDecimal take = remaining;
					if (tier.upTo() != null) {
						BigDecimal bound = annual ? tier.upTo()
								: Rounding.quantity(tier.upTo().multiply(segmentMonths));
						take = remaining.min(bound.subtract(position).max(BigDecimal.ZERO));
					}
					if (take.signum() > 0) {
						lines.add(line(segment, LineKind.TIER, step + 1, null, null, null, take, structure.unit(),
								price(tier.price(), tier.seasonPrice(), segment.season())));
						position = position.add(take);
						remaining = remaining.subtract(take);
					}
				}
				if (quantity.signum() == 0) {
					Tier first = energy.tiers().getFirst();
					lines.add(line(segment, LineKind.TIER, 1, null, null, null, BigDecimal.ZERO, structure.unit(),
							price(first.price(), first.seasonPrice(), segment.season())));
				}
			}
			case TIME_OF_USE -> {
				if (!consumption.hasBands()) {
					throw new IllegalArgumentException("A time-of-use tariff needs peak, flat and valley readings");
				}
				for (TouBand band : energy.bands()) {
					BigDecimal share = shares(consumption.band(band.band()), segments, periodDays).get(index);
					lines.add(line(segment, LineKind.TIME_OF_USE, 0, band.band(), null, null, share, structure.unit(),
							price(band.price(), band.seasonPrice(), segment.season())));
				}
			}
		}
	}

	private static BigDecimal price(BigDecimal price, BigDecimal seasonPrice, boolean season) {
		return (season && seasonPrice != null) ? seasonPrice : price;
	}

	private static ChargeLine line(Segment segment, LineKind kind, int step, Band band, String nameZh, String nameEn,
			BigDecimal quantity, Unit unit, BigDecimal perUnit) {
		Quantity amountOf = new Quantity(Rounding.quantity(quantity), unit);
		UnitPrice price = new UnitPrice(perUnit, unit);
		Money amount = (unit == Unit.YUAN) ? Money.rounded(quantity.multiply(perUnit)) : price.times(amountOf);
		return new ChargeLine(kind, step, band, segment.season(), nameZh, nameEn,
				(unit == Unit.YUAN) ? new Quantity(quantity, unit) : amountOf, price, amount,
				segment.version().versionId(), segment.version().documentNumber(), segment.start(), segment.end());
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
				segments.addAll(seasonal(version, start, end));
			}
		}
		return segments;
	}

	private static List<Segment> seasonal(PricedVersion version, LocalDate start, LocalDate end) {
		TariffStructure structure = version.structure();
		List<Segment> pieces = new ArrayList<>();
		LocalDate pieceStart = start;
		boolean season = structure.seasonMonths().contains(start.getMonthValue());
		LocalDate monthStart = start.withDayOfMonth(1).plusMonths(1);
		while (monthStart.isBefore(end)) {
			boolean next = structure.seasonMonths().contains(monthStart.getMonthValue());
			if (next != season) {
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
