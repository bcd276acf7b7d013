package org.utilityportal.metro;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.validation.Errors;
import org.utilityportal.shared.money.Money;

/**
 * The officer's form for a new fare version: dates, the price document, up to
 * {@value #BAND_ROWS} bands (blank rows are ignored) and the step beyond the last band.
 */
@Getter
@Setter
public class FareVersionForm {

	/** Rows offered for bands. */
	public static final int BAND_ROWS = 6;

	/** Rows offered for discount thresholds. */
	public static final int DISCOUNT_ROWS = 4;

	@NotNull
	private LocalDate effectiveFrom;

	@NotBlank
	@Size(max = 100)
	private String documentNumber;

	@NotNull
	private LocalDate documentDate;

	@Valid
	private List<BandRow> bands = new ArrayList<>();

	@NotNull
	@DecimalMin(value = "0.001")
	@Digits(integer = 3, fraction = 3)
	private BigDecimal extraStepKm;

	@NotNull
	@DecimalMin(value = "0.00")
	@Digits(integer = 4, fraction = 2)
	private BigDecimal extraStepFare;

	@Valid
	private List<DiscountRow> discounts = new ArrayList<>();

	public FareVersionForm() {
		for (int i = 0; i < BAND_ROWS; i++) {
			this.bands.add(new BandRow());
		}
		for (int i = 0; i < DISCOUNT_ROWS; i++) {
			this.discounts.add(new DiscountRow());
		}
	}

	/** A form filled in from a version, to start a new one from it. */
	public static FareVersionForm from(FareVersionView version) {
		FareVersionForm form = new FareVersionForm();
		form.setDocumentNumber("");
		List<FareTable.Band> bands = version.table().bands();
		for (int i = 0; i < bands.size() && i < BAND_ROWS; i++) {
			form.bands.get(i).setUpToKm(bands.get(i).upToKm());
			form.bands.get(i).setFare(bands.get(i).fare().amount());
		}
		form.setExtraStepKm(version.table().extraStepKm());
		form.setExtraStepFare(version.table().extraStepFare().amount());
		List<MonthlyDiscount.Step> steps = version.discount().steps();
		for (int i = 0; i < steps.size() && i < DISCOUNT_ROWS; i++) {
			form.discounts.get(i).setFromSpent(steps.get(i).fromSpent().amount());
			form.discounts.get(i).setPercent(steps.get(i).percent());
		}
		return form;
	}

	/** Checks what annotations cannot: half-filled rows and the order of the bands. */
	public void validate(Errors errors) {
		for (int i = 0; i < this.bands.size(); i++) {
			BandRow row = this.bands.get(i);
			if ((row.getUpToKm() == null) != (row.getFare() == null)) {
				errors.rejectValue("bands[" + i + "]." + ((row.getUpToKm() == null) ? "upToKm" : "fare"),
						"validation.required");
			}
		}
		for (int i = 0; i < this.discounts.size(); i++) {
			DiscountRow row = this.discounts.get(i);
			if ((row.getFromSpent() == null) != (row.getPercent() == null)) {
				errors.rejectValue("discounts[" + i + "]." + ((row.getFromSpent() == null) ? "fromSpent" : "percent"),
						"validation.required");
			}
		}
		if (errors.hasErrors()) {
			return;
		}
		MonthlyDiscount.problems(discount().steps()).forEach((problem) -> errors.rejectValue("discounts", problem));
		List<FareTable.Band> filled = filledBands();
		Money step = (this.extraStepFare != null) ? Money.rounded(this.extraStepFare) : null;
		FareTable.problems(filled, this.extraStepKm, step)
			.stream()
			.filter((problem) -> !problem.endsWith("extraStep"))
			.forEach((problem) -> errors.rejectValue("bands", problem));
	}

	/** The bands and step as a fare table; call after validation. */
	public FareTable table() {
		return new FareTable(filledBands(), this.extraStepKm, Money.rounded(this.extraStepFare));
	}

	/** The discount thresholds as entered, blank rows left out; call after validation. */
	public MonthlyDiscount discount() {
		return new MonthlyDiscount(this.discounts.stream()
			.filter((row) -> row.getFromSpent() != null && row.getPercent() != null)
			.map((row) -> new MonthlyDiscount.Step(Money.rounded(row.getFromSpent()),
					row.getPercent().movePointLeft(2)))
			.toList());
	}

	private List<FareTable.Band> filledBands() {
		return this.bands.stream()
			.filter((row) -> row.getUpToKm() != null && row.getFare() != null)
			.map((row) -> new FareTable.Band(row.getUpToKm(), Money.rounded(row.getFare())))
			.toList();
	}

	/**
	 * One discount row: from how much spent in a month, at what percentage of the fare.
	 */
	@Getter
	@Setter
	public static class DiscountRow {

		@DecimalMin(value = "0.01")
		@Digits(integer = 6, fraction = 2)
		private BigDecimal fromSpent;

		@DecimalMin(value = "0.1")
		@jakarta.validation.constraints.DecimalMax(value = "100")
		@Digits(integer = 3, fraction = 1)
		private BigDecimal percent;

	}

	/** One band row of the form. */
	@Getter
	@Setter
	public static class BandRow {

		@DecimalMin(value = "0.001")
		@Digits(integer = 3, fraction = 3)
		private BigDecimal upToKm;

		@DecimalMin(value = "0.00")
		@Digits(integer = 4, fraction = 2)
		private BigDecimal fare;

	}

}
