package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.tariff.TariffStructure.Band;
import org.utilityportal.tariff.TariffStructure.EnergyKind;
import org.utilityportal.tariff.TariffStructure.TaxMode;
import org.utilityportal.tariff.TariffStructure.TierBasis;

/**
 * The price officer's form for a tariff version: dates, the price document and the
 * prices, with a fixed number of rows for steps, charges and surcharges (blank rows are
 * ignored).
 */
@Getter
@Setter
public class TariffVersionForm {

	/** Rows offered for steps. */
	public static final int TIER_ROWS = 5;

	/** Rows offered for fixed charges and for surcharges. */
	public static final int CHARGE_ROWS = 3;

	@NotNull
	private LocalDate effectiveFrom;

	@NotBlank
	@Size(max = 100)
	private String documentNumber;

	@NotNull
	private LocalDate documentDate;

	@NotNull
	private Unit unit = Unit.KWH;

	@NotNull
	private EnergyKind energyKind = EnergyKind.TIERED;

	@Digits(integer = 4, fraction = 6)
	private BigDecimal flatPrice;

	@Digits(integer = 4, fraction = 6)
	private BigDecimal flatSeasonPrice;

	private TierBasis tierBasis = TierBasis.ANNUAL;

	@Valid
	private List<TierRow> tiers = rows(TIER_ROWS, TierRow::new);

	@Valid
	private List<BandRow> bands = new ArrayList<>(
			List.of(new BandRow(Band.PEAK), new BandRow(Band.FLAT), new BandRow(Band.VALLEY)));

	private List<Integer> seasonMonths = new ArrayList<>();

	@Valid
	private List<ChargeRow> fixedCharges = rows(CHARGE_ROWS, ChargeRow::new);

	@Valid
	private List<ChargeRow> surcharges = rows(CHARGE_ROWS, ChargeRow::new);

	/** Basic charge of a two-part tariff by capacity, yuan per kVA per month. */
	@Digits(integer = 6, fraction = 6)
	@DecimalMin("0")
	private BigDecimal basicPerKva;

	/** Basic charge of a two-part tariff by maximum demand, yuan per kW per month. */
	@Digits(integer = 6, fraction = 6)
	@DecimalMin("0")
	private BigDecimal basicPerKw;

	@NotNull
	private TaxMode taxMode = TaxMode.INCLUDED;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("30")
	@Digits(integer = 2, fraction = 2)
	private BigDecimal taxPercent = new BigDecimal("13");

	/** The draft's optimistic-locking version when editing. */
	private long version;

	/** The prices as entered, blank rows left out. */
	public TariffStructure structure() {
		List<TariffStructure.Tier> steps = this.tiers.stream()
			.filter((row) -> row.getPrice() != null)
			.map((row) -> new TariffStructure.Tier(row.getUpTo(), row.getPrice(), row.getSeasonPrice(),
					row.getSeasonUpTo(), row.getPeakPrice(), row.getFlatPrice(), row.getValleyPrice()))
			.toList();
		// A stepped time-of-use tariff publishes the hours of its periods without a price
		// of
		// their own: a row with hours only is kept.
		List<TariffStructure.TouBand> touBands = this.bands.stream()
			.filter((row) -> row.getPrice() != null || (row.getHours() != null && !row.getHours().isBlank()))
			.map((row) -> new TariffStructure.TouBand(row.getBand(), row.getHours(), row.getPrice(),
					row.getSeasonPrice()))
			.toList();
		return new TariffStructure(this.unit,
				new TariffStructure.EnergyCharge(
						this.energyKind, this.flatPrice, this.flatSeasonPrice, this.tierBasis, steps, touBands),
				new HashSet<>(this.seasonMonths),
				this.fixedCharges.stream()
					.filter(ChargeRow::isFilled)
					.map((row) -> new TariffStructure.FixedCharge(row.getNameZh().strip(), nameEn(row), row.getPrice()))
					.toList(),
				this.surcharges.stream()
					.filter(ChargeRow::isFilled)
					.map((row) -> new TariffStructure.Surcharge(row.getNameZh().strip(), nameEn(row), row.getPrice()))
					.toList(),
				new TariffStructure.Tax(this.taxMode,
						(this.taxPercent != null) ? this.taxPercent.movePointLeft(2) : null),
				(this.basicPerKva != null || this.basicPerKw != null)
						? new TariffStructure.BasicCharge(this.basicPerKva, this.basicPerKw) : null);
	}

	/**
	 * Reports rows that are half filled in (a step bound without a price, a charge
	 * without a name or without an amount): blank rows are ignored, half rows are
	 * mistakes.
	 */
	public void checkRows(org.springframework.validation.Errors errors) {
		for (int i = 0; i < this.tiers.size(); i++) {
			TierRow row = this.tiers.get(i);
			if (row.getPrice() == null && (row.getUpTo() != null || row.getSeasonPrice() != null
					|| row.getSeasonUpTo() != null || row.getPeakPrice() != null || row.getFlatPrice() != null
					|| row.getValleyPrice() != null)) {
				errors.rejectValue("tiers[" + i + "].price", "validation.required");
			}
		}
		checkCharges("fixedCharges", this.fixedCharges, errors);
		checkCharges("surcharges", this.surcharges, errors);
	}

	private static void checkCharges(String field, List<ChargeRow> rows, org.springframework.validation.Errors errors) {
		for (int i = 0; i < rows.size(); i++) {
			ChargeRow row = rows.get(i);
			boolean named = row.getNameZh() != null && !row.getNameZh().isBlank();
			if (named && row.getPrice() == null) {
				errors.rejectValue(field + "[" + i + "].price", "validation.required");
			}
			else if (!named && row.getPrice() != null) {
				errors.rejectValue(field + "[" + i + "].nameZh", "validation.required");
			}
		}
	}

	/** A form holding an existing version's prices, to start a new version from. */
	public static TariffVersionForm from(TariffVersionView version) {
		TariffVersionForm form = new TariffVersionForm();
		TariffStructure structure = version.structure();
		form.setEffectiveFrom(version.effectiveFrom());
		form.setDocumentNumber(version.documentNumber());
		form.setDocumentDate(version.documentDate());
		form.setUnit(structure.unit());
		form.setEnergyKind(structure.energy().kind());
		form.setFlatPrice(structure.energy().price());
		form.setFlatSeasonPrice(structure.energy().seasonPrice());
		form.setTierBasis((structure.energy().tierBasis() != null) ? structure.energy().tierBasis() : TierBasis.ANNUAL);
		IntStream.range(0, Math.min(TIER_ROWS, structure.energy().tiers().size())).forEach((i) -> {
			TariffStructure.Tier tier = structure.energy().tiers().get(i);
			form.getTiers().set(i, new TierRow(tier));
		});
		for (TariffStructure.TouBand band : structure.energy().bands()) {
			BandRow row = form.getBands().get(band.band().ordinal());
			row.setHours(band.hours());
			row.setPrice(band.price());
			row.setSeasonPrice(band.seasonPrice());
		}
		form.setSeasonMonths(new ArrayList<>(structure.seasonMonths()));
		IntStream.range(0, Math.min(CHARGE_ROWS, structure.fixedCharges().size())).forEach((i) -> {
			TariffStructure.FixedCharge charge = structure.fixedCharges().get(i);
			form.getFixedCharges().set(i, new ChargeRow(charge.nameZh(), charge.nameEn(), charge.perMonth()));
		});
		IntStream.range(0, Math.min(CHARGE_ROWS, structure.surcharges().size())).forEach((i) -> {
			TariffStructure.Surcharge charge = structure.surcharges().get(i);
			form.getSurcharges().set(i, new ChargeRow(charge.nameZh(), charge.nameEn(), charge.perUnit()));
		});
		if (structure.isTwoPart()) {
			form.setBasicPerKva(structure.basicCharge().perKva());
			form.setBasicPerKw(structure.basicCharge().perKw());
		}
		form.setTaxMode(structure.tax().mode());
		BigDecimal taxPercent = structure.tax().rate().movePointRight(2).stripTrailingZeros();
		// A rate of 0.10 would read "1E+1" in the form.
		form.setTaxPercent((taxPercent.scale() < 0) ? taxPercent.setScale(0) : taxPercent);
		form.setVersion(version.version());
		return form;
	}

	private static String nameEn(ChargeRow row) {
		return (row.getNameEn() != null && !row.getNameEn().isBlank()) ? row.getNameEn().strip()
				: row.getNameZh().strip();
	}

	private static <T> List<T> rows(int count, java.util.function.Supplier<T> row) {
		List<T> rows = new ArrayList<>();
		IntStream.range(0, count).forEach((i) -> rows.add(row.get()));
		return rows;
	}

	/** One step row. */
	@Getter
	@Setter
	public static class TierRow {

		@Digits(integer = 9, fraction = 3)
		@DecimalMin("0")
		private BigDecimal upTo;

		@Digits(integer = 4, fraction = 6)
		@DecimalMin("0")
		private BigDecimal price;

		@Digits(integer = 4, fraction = 6)
		@DecimalMin("0")
		private BigDecimal seasonPrice;

		/** The step's upper bound in season months, when it differs. */
		@Digits(integer = 9, fraction = 3)
		@DecimalMin("0")
		private BigDecimal seasonUpTo;

		@Digits(integer = 4, fraction = 6)
		@DecimalMin("0")
		private BigDecimal peakPrice;

		@Digits(integer = 4, fraction = 6)
		@DecimalMin("0")
		private BigDecimal flatPrice;

		@Digits(integer = 4, fraction = 6)
		@DecimalMin("0")
		private BigDecimal valleyPrice;

		public TierRow() {
		}

		TierRow(TariffStructure.Tier tier) {
			this.upTo = tier.upTo();
			this.price = tier.price();
			this.seasonPrice = tier.seasonPrice();
			this.seasonUpTo = tier.seasonUpTo();
			this.peakPrice = tier.peakPrice();
			this.flatPrice = tier.flatPrice();
			this.valleyPrice = tier.valleyPrice();
		}

	}

	/** One time-of-use row. */
	@Getter
	@Setter
	public static class BandRow {

		private Band band;

		@Size(max = 100)
		private String hours;

		@Digits(integer = 4, fraction = 6)
		@DecimalMin("0")
		private BigDecimal price;

		@Digits(integer = 4, fraction = 6)
		@DecimalMin("0")
		private BigDecimal seasonPrice;

		public BandRow() {
		}

		BandRow(Band band) {
			this.band = band;
		}

	}

	/** One fixed charge or surcharge row. */
	@Getter
	@Setter
	public static class ChargeRow {

		@Size(max = 60)
		private String nameZh;

		@Size(max = 60)
		private String nameEn;

		@Digits(integer = 6, fraction = 6)
		@DecimalMin("0")
		private BigDecimal price;

		public ChargeRow() {
		}

		ChargeRow(String nameZh, String nameEn, BigDecimal price) {
			this.nameZh = nameZh;
			this.nameEn = nameEn;
			this.price = price;
		}

		boolean isFilled() {
			return this.nameZh != null && !this.nameZh.isBlank() && this.price != null;
		}

	}

}
