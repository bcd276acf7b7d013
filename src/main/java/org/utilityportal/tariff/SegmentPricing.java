package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Quantity;
import org.utilityportal.shared.money.Rounding;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.shared.money.UnitPrice;
import org.utilityportal.tariff.TariffCalculator.Segment;
import org.utilityportal.tariff.TariffStructure.Band;
import org.utilityportal.tariff.TariffStructure.EnergyCharge;
import org.utilityportal.tariff.TariffStructure.TaxMode;
import org.utilityportal.tariff.TariffStructure.Tier;
import org.utilityportal.tariff.TariffStructure.TierBasis;

/**
 * The lines of one segment of a period, in the order a bill lists them: energy (one
 * price, steps, steps shared between time-of-use periods, or time-of-use periods), the
 * basic charge of a two-part tariff, the power-factor adjustment, surcharges, fixed
 * charges and added tax. Rounding as {@link TariffCalculator} describes.
 */
final class SegmentPricing {

	/** The lines that are the basic and energy charges the power factor adjusts. */
	private static final Set<LineKind> ADJUSTED = Set.of(LineKind.ENERGY, LineKind.TIER, LineKind.TIME_OF_USE,
			LineKind.BASIC);

	private final Consumption consumption;

	private final SupplyTerms terms;

	private final BigDecimal powerFactor;

	SegmentPricing(Consumption consumption, SupplyTerms terms) {
		this.consumption = consumption;
		this.terms = terms;
		this.powerFactor = terms.assessesPowerFactor() ? measuredFactor(consumption) : null;
	}

	private static BigDecimal measuredFactor(Consumption consumption) {
		if (consumption.reactive() == null) {
			throw new IllegalArgumentException("A power-factor standard needs reactive energy readings");
		}
		return PowerFactorAdjustment.factor(consumption.total(), consumption.reactive());
	}

	List<ChargeLine> lines(Segment segment, Share share, BigDecimal months, BigDecimal yearToDate) {
		TariffStructure structure = segment.version().structure();
		List<ChargeLine> lines = new ArrayList<>();
		energy(segment, share, months, yearToDate, lines);
		if (structure.isTwoPart()) {
			lines.add(basic(segment, structure.basicCharge(), months));
		}
		if (this.powerFactor != null) {
			Money base = sum(lines.stream().filter((line) -> ADJUSTED.contains(line.kind())).toList());
			BigDecimal percent = PowerFactorAdjustment.percent(this.terms.powerFactorStandard(), this.powerFactor);
			lines.add(new ChargeLine(LineKind.POWER_FACTOR, 0, null, segment.season(), null, null,
					new Quantity(base.amount(), Unit.YUAN), new UnitPrice(percent.movePointLeft(2), Unit.YUAN),
					Money.rounded(base.amount().multiply(percent).movePointLeft(2)), segment.version().versionId(),
					segment.version().documentNumber(), segment.start(), segment.end(),
					new ChargeLine.PowerFactor(this.powerFactor, this.terms.powerFactorStandard())));
		}
		for (TariffStructure.Surcharge surcharge : structure.surcharges()) {
			lines.add(line(segment, LineKind.SURCHARGE, 0, null, surcharge.nameZh(), surcharge.nameEn(), share.total(),
					structure.unit(), surcharge.perUnit()));
		}
		for (TariffStructure.FixedCharge fixed : structure.fixedCharges()) {
			lines.add(line(segment, LineKind.FIXED, 0, null, fixed.nameZh(), fixed.nameEn(), months, Unit.MONTH,
					fixed.perMonth()));
		}
		if (structure.tax().mode() == TaxMode.ADDED && structure.tax().rate().signum() > 0) {
			lines.add(line(segment, LineKind.TAX, 0, null, null, null, sum(lines).amount(), Unit.YUAN,
					structure.tax().rate()));
		}
		return lines;
	}

	private void energy(Segment segment, Share share, BigDecimal months, BigDecimal yearToDate,
			List<ChargeLine> lines) {
		TariffStructure structure = segment.version().structure();
		EnergyCharge energy = structure.energy();
		switch (energy.kind()) {
			case FLAT -> lines.add(line(segment, LineKind.ENERGY, 0, null, null, null, share.total(), structure.unit(),
					price(energy.price(), energy.seasonPrice(), segment.season())));
			case TIERED -> tiers(segment, share, months, yearToDate, lines);
			case TIME_OF_USE -> {
				if (share.bands() == null) {
					throw new IllegalArgumentException("A time-of-use tariff needs peak, flat and valley readings");
				}
				for (TariffStructure.TouBand band : energy.bands()) {
					lines.add(line(segment, LineKind.TIME_OF_USE, 0, band.band(), null, null,
							share.bands().get(band.band()), structure.unit(),
							price(band.price(), band.seasonPrice(), segment.season())));
				}
			}
		}
	}

	private void tiers(Segment segment, Share share, BigDecimal months, BigDecimal yearToDate, List<ChargeLine> lines) {
		TariffStructure structure = segment.version().structure();
		List<Tier> tiers = structure.energy().tiers();
		List<BigDecimal> steps = steps(tiers, structure.energy().tierBasis() == TierBasis.ANNUAL, share.total(), months,
				yearToDate, segment.season());
		if (share.total().signum() == 0) {
			Tier first = tiers.getFirst();
			lines.add(line(segment, LineKind.TIER, 1, null, null, null, BigDecimal.ZERO, structure.unit(),
					price(first.price(), first.seasonPrice(), segment.season())));
			return;
		}
		if (share.bands() == null || !tiers.getFirst().hasBandPrices()) {
			for (int step = 0; step < steps.size(); step++) {
				Tier tier = tiers.get(step);
				if (steps.get(step).signum() > 0) {
					lines.add(line(segment, LineKind.TIER, step + 1, null, null, null, steps.get(step),
							structure.unit(), price(tier.price(), tier.seasonPrice(), segment.season())));
				}
			}
			return;
		}
		List<Band> bands = List.of(Band.values());
		BigDecimal[][] cells = BandSplit.split(steps, bands.stream().map(share.bands()::get).toList());
		for (int step = 0; step < steps.size(); step++) {
			for (int column = 0; column < bands.size(); column++) {
				if (cells[step][column].signum() == 0) {
					continue;
				}
				BigDecimal price = tiers.get(step).bandPrice(bands.get(column));
				if (price == null) {
					throw new IllegalArgumentException(
							"The tariff has no " + bands.get(column) + " price but the meter measured that period");
				}
				lines.add(line(segment, LineKind.TIER, step + 1, bands.get(column), null, null, cells[step][column],
						structure.unit(), price));
			}
		}
	}

	/**
	 * The quantity of each step: allowances per month are scaled to the segment's months,
	 * annual ones continue from the year's earlier consumption.
	 */
	private static List<BigDecimal> steps(List<Tier> tiers, boolean annual, BigDecimal quantity, BigDecimal months,
			BigDecimal yearToDate, boolean season) {
		List<BigDecimal> steps = new ArrayList<>();
		BigDecimal position = annual ? yearToDate : BigDecimal.ZERO;
		BigDecimal remaining = quantity;
		for (Tier tier : tiers) {
			BigDecimal take = remaining;
			BigDecimal upTo = tier.upTo(season);
			if (upTo != null) {
				BigDecimal bound = annual ? upTo : Rounding.quantity(upTo.multiply(months));
				take = remaining.min(bound.subtract(position).max(BigDecimal.ZERO));
			}
			steps.add(take);
			position = position.add(take);
			remaining = remaining.subtract(take);
		}
		return steps;
	}

	private ChargeLine basic(Segment segment, TariffStructure.BasicCharge basic, BigDecimal months) {
		if (this.terms.basicChargeBasis() == null) {
			throw new IllegalArgumentException("A two-part tariff needs the account's basic charge basis");
		}
		boolean capacity = this.terms.basicChargeBasis() == org.utilityportal.shared.domain.BasicChargeBasis.CAPACITY;
		BigDecimal price = capacity ? basic.perKva() : basic.perKw();
		BigDecimal measure = capacity ? this.terms.contractedKva() : this.consumption.maxDemand();
		if (price == null || measure == null) {
			throw new IllegalArgumentException("The two-part tariff has no basic price by "
					+ this.terms.basicChargeBasis() + ", or the account no capacity or maximum demand");
		}
		return line(segment, LineKind.BASIC, 0, null, null, null, measure.multiply(months),
				capacity ? Unit.KVA_MONTH : Unit.KW_MONTH, price);
	}

	private static BigDecimal price(BigDecimal price, BigDecimal seasonPrice, boolean season) {
		return (season && seasonPrice != null) ? seasonPrice : price;
	}

	private static Money sum(List<ChargeLine> lines) {
		return lines.stream().map(ChargeLine::amount).reduce(Money.ZERO, Money::plus);
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
	 * A segment's consumption.
	 *
	 * @param total all of it
	 * @param bands per time-of-use period, {@code null} without band readings
	 */
	record Share(BigDecimal total, Map<Band, BigDecimal> bands) {
	}

}
