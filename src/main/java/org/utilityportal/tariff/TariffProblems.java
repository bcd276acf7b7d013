package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.utilityportal.tariff.TariffStructure.Band;
import org.utilityportal.tariff.TariffStructure.EnergyCharge;
import org.utilityportal.tariff.TariffStructure.Tier;

/**
 * What keeps a tariff structure from being published, as message keys: prices that are
 * missing, negative or have more than 6 decimals, steps whose bounds do not rise,
 * incomplete time-of-use periods, half-priced steps, season bounds without season months,
 * a basic charge without a price, charges without a name, a tax rate outside 0–30%.
 */
final class TariffProblems {

	private TariffProblems() {
	}

	static List<String> of(TariffStructure structure) {
		List<String> problems = new ArrayList<>();
		if (structure.unit() == null || structure.energy() == null || structure.energy().kind() == null) {
			problems.add("tariff.problem.incomplete");
			return problems;
		}
		problems.addAll(energy(structure.energy(), structure.hasSeason()));
		if (structure.basicCharge() != null && !structure.basicCharge().isValid()) {
			problems.add("tariff.problem.basicCharge");
		}
		if (structure.seasonMonths().stream().anyMatch((month) -> month < 1 || month > 12)) {
			problems.add("tariff.problem.seasonMonths");
		}
		if (structure.fixedCharges().stream().anyMatch((charge) -> !valid(charge.perMonth()) || blank(charge.nameZh()))
				|| structure.surcharges()
					.stream()
					.anyMatch((charge) -> !valid(charge.perUnit()) || blank(charge.nameZh()))) {
			problems.add("tariff.problem.charges");
		}
		TariffStructure.Tax tax = structure.tax();
		if (tax == null || tax.rate() == null || tax.rate().signum() < 0
				|| tax.rate().compareTo(new BigDecimal("0.3")) > 0) {
			problems.add("tariff.problem.tax");
		}
		return problems;
	}

	/** Prices are below ¥100,000,000: what the price columns of bill lines hold. */
	static final BigDecimal PRICE_LIMIT = new BigDecimal("100000000");

	static boolean valid(BigDecimal price) {
		return price != null && price.signum() >= 0 && price.stripTrailingZeros().scale() <= 6
				&& price.compareTo(PRICE_LIMIT) < 0;
	}

	private static List<String> energy(EnergyCharge energy, boolean season) {
		List<String> problems = new ArrayList<>();
		switch (energy.kind()) {
			case FLAT -> {
				if (!valid(energy.price()) || (energy.seasonPrice() != null && !valid(energy.seasonPrice()))) {
					problems.add("tariff.problem.price");
				}
			}
			case TIERED -> {
				if (energy.tierBasis() == null || energy.tiers().isEmpty() || !boundsRise(energy.tiers())) {
					problems.add("tariff.problem.tiers");
				}
				if (!energy.tiers().isEmpty()) {
					problems.addAll(tiers(energy.tiers(), season));
				}
			}
			case TIME_OF_USE -> {
				boolean complete = energy.bands().size() == Band.values().length && energy.bands()
					.stream()
					.allMatch((band) -> band.band() != null && valid(band.price())
							&& (band.seasonPrice() == null || valid(band.seasonPrice())));
				if (!complete) {
					problems.add("tariff.problem.bands");
				}
			}
		}
		return problems;
	}

	/** Bounds rise, the last step has none, every step has a valid price. */
	private static boolean boundsRise(List<Tier> tiers) {
		BigDecimal previous = BigDecimal.ZERO;
		for (int i = 0; i < tiers.size(); i++) {
			Tier tier = tiers.get(i);
			boolean last = i == tiers.size() - 1;
			boolean boundOk = last ? tier.upTo() == null : tier.upTo() != null && tier.upTo().compareTo(previous) > 0;
			if (!boundOk || !valid(tier.price()) || (tier.seasonPrice() != null && !valid(tier.seasonPrice()))) {
				return false;
			}
			previous = (tier.upTo() != null) ? tier.upTo() : previous;
		}
		return true;
	}

	/**
	 * Season bounds need season months and rise like the bounds; time-of-use prices are
	 * given for every step or for none, always peak and valley (flat is optional).
	 */
	private static List<String> tiers(List<Tier> tiers, boolean season) {
		List<String> problems = new ArrayList<>();
		if (tiers.stream().anyMatch((tier) -> tier.seasonUpTo() != null)) {
			BigDecimal previous = BigDecimal.ZERO;
			boolean rising = true;
			for (int i = 0; i < tiers.size() - 1; i++) {
				BigDecimal bound = tiers.get(i).seasonUpTo();
				rising = rising && bound != null && bound.compareTo(previous) > 0;
				previous = (bound != null) ? bound : previous;
			}
			if (!rising || !season || tiers.getLast().seasonUpTo() != null) {
				problems.add("tariff.problem.seasonBounds");
			}
		}
		long banded = tiers.stream().filter(Tier::hasBandPrices).count();
		boolean halfBanded = tiers.stream()
			.anyMatch((tier) -> (tier.peakPrice() == null) != (tier.valleyPrice() == null)
					|| (tier.flatPrice() != null && tier.peakPrice() == null));
		boolean badPrice = tiers.stream()
			.flatMap((tier) -> Stream.of(tier.peakPrice(), tier.flatPrice(), tier.valleyPrice()))
			.anyMatch((price) -> price != null && !valid(price));
		if (halfBanded || badPrice || (banded > 0 && banded < tiers.size())) {
			problems.add("tariff.problem.tierBands");
		}
		return problems;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
