package org.utilityportal.tariff.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.Getter;
import lombok.Setter;

import org.springframework.validation.Errors;
import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.tariff.Consumption;
import org.utilityportal.tariff.TariffStructure;

/**
 * The public bill estimator (page and JSON API): a tariff, a consumption (total, or peak,
 * flat and valley), how many months it covers, and for two-part tariffs the basic-charge
 * basis with the capacity or maximum demand and optionally a power-factor standard with
 * the reactive energy. Which of them are required depends on the tariff ({@link #check}).
 */
@Getter
@Setter
public class EstimateForm {

	private Long tariff;

	@DecimalMin("0")
	@DecimalMax("100000000")
	@Digits(integer = 9, fraction = 3)
	private BigDecimal consumption;

	@DecimalMin("0")
	@DecimalMax("100000000")
	@Digits(integer = 9, fraction = 3)
	private BigDecimal peak;

	@DecimalMin("0")
	@DecimalMax("100000000")
	@Digits(integer = 9, fraction = 3)
	private BigDecimal flat;

	@DecimalMin("0")
	@DecimalMax("100000000")
	@Digits(integer = 9, fraction = 3)
	private BigDecimal valley;

	@Min(1)
	@Max(12)
	private int months = 1;

	@DecimalMin("0")
	@DecimalMax("100000000")
	@Digits(integer = 9, fraction = 3)
	private BigDecimal yearToDate = BigDecimal.ZERO;

	/** Basic charge by capacity or by maximum demand (two-part tariffs). */
	private BasicChargeBasis basicChargeBasis;

	@DecimalMin("0.1")
	@DecimalMax("99999999")
	@Digits(integer = 8, fraction = 1)
	private BigDecimal contractedKva;

	@DecimalMin("0")
	@DecimalMax("99999999")
	@Digits(integer = 8, fraction = 3)
	private BigDecimal maxDemand;

	/** 0.90, 0.85 or 0.80 when the power factor is assessed. */
	private BigDecimal powerFactorStandard;

	@DecimalMin("0")
	@DecimalMax("100000000")
	@Digits(integer = 9, fraction = 3)
	private BigDecimal reactive;

	/**
	 * First day of the period (API only; the page estimates from the 1st of this month).
	 */
	private LocalDate from;

	/**
	 * Checks what the tariff needs: a time-of-use tariff peak, flat and valley; the
	 * others a total or all three periods (a stepped tariff with time-of-use prices then
	 * uses them); a two-part tariff its basis with the capacity or maximum demand; a
	 * power-factor standard the reactive energy.
	 */
	public void check(TariffStructure structure, Errors errors) {
		boolean timeOfUse = structure.energy().kind() == TariffStructure.EnergyKind.TIME_OF_USE;
		boolean anyBand = this.peak != null || this.flat != null || this.valley != null;
		if (timeOfUse || (anyBand && this.consumption == null)) {
			require(this.peak, "peak", errors);
			require(this.flat, "flat", errors);
			require(this.valley, "valley", errors);
		}
		else {
			require(this.consumption, "consumption", errors);
		}
		if (structure.isTwoPart()) {
			require(this.basicChargeBasis, "basicChargeBasis", errors);
			BigDecimal offered = (this.basicChargeBasis == BasicChargeBasis.CAPACITY) ? structure.basicCharge().perKva()
					: structure.basicCharge().perKw();
			if (this.basicChargeBasis != null && offered == null) {
				errors.rejectValue("basicChargeBasis", "estimate.basisNotOffered");
			}
			if (this.basicChargeBasis == BasicChargeBasis.CAPACITY) {
				require(this.contractedKva, "contractedKva", errors);
			}
			if (this.basicChargeBasis == BasicChargeBasis.DEMAND) {
				require(this.maxDemand, "maxDemand", errors);
			}
		}
		if (this.powerFactorStandard != null) {
			if (SupplyTerms.POWER_FACTOR_STANDARDS.stream()
				.noneMatch((standard) -> standard.compareTo(this.powerFactorStandard) == 0)) {
				errors.rejectValue("powerFactorStandard", "accountForm.powerFactorStandard");
			}
			require(this.reactive, "reactive", errors);
		}
	}

	/**
	 * The consumption as entered, once {@link #check} passed: per period for a
	 * time-of-use tariff or when no total was given, else the total.
	 */
	public Consumption consumption(TariffStructure structure) {
		boolean timeOfUse = structure.energy().kind() == TariffStructure.EnergyKind.TIME_OF_USE;
		Consumption entered = (timeOfUse || this.consumption == null)
				? Consumption.ofBands(this.peak, this.flat, this.valley) : Consumption.of(this.consumption);
		return entered.withDemand(this.maxDemand, this.reactive);
	}

	/** The supply terms as entered. */
	public SupplyTerms terms() {
		return new SupplyTerms(this.peak != null, this.contractedKva, this.basicChargeBasis, this.powerFactorStandard);
	}

	private static void require(Object value, String field, Errors errors) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "validation.required");
		}
	}

}
