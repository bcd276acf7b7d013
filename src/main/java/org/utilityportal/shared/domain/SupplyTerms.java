package org.utilityportal.shared.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the supply contract of one metered account says about pricing, beyond its tariff
 * category: whether the meter measures peak, flat and valley separately (the account
 * chose time-of-use prices), and for large customers the contracted capacity, how the
 * basic charge of a two-part tariff is measured and the power-factor standard the account
 * is assessed against (0.90, 0.85 or 0.80, or none).
 *
 * @param timeOfUse whether the meter has peak, flat and valley registers
 * @param contractedKva the contracted transformer capacity in kVA, {@code null} when none
 * @param basicChargeBasis capacity or maximum demand, {@code null} for single-part
 * accounts
 * @param powerFactorStandard 0.90, 0.85 or 0.80; {@code null} when the account is not
 * assessed
 */
public record SupplyTerms(boolean timeOfUse, BigDecimal contractedKva, BasicChargeBasis basicChargeBasis,
		BigDecimal powerFactorStandard) {

	/** A household or small business: nothing beyond the tariff category. */
	public static final SupplyTerms NONE = new SupplyTerms(false, null, null, null);

	/** The power-factor standards of the national rules. */
	public static final List<BigDecimal> POWER_FACTOR_STANDARDS = List.of(new BigDecimal("0.90"),
			new BigDecimal("0.85"), new BigDecimal("0.80"));

	/** Whether the account pays a power-factor adjustment. */
	public boolean assessesPowerFactor() {
		return this.powerFactorStandard != null;
	}

	/** Whether the account has any two-part term (basis, capacity or standard). */
	public boolean isTwoPart() {
		return this.basicChargeBasis != null;
	}

	/** The same terms with another basic-charge basis (for "what if"). */
	public SupplyTerms withBasis(BasicChargeBasis basis) {
		return new SupplyTerms(this.timeOfUse, this.contractedKva, basis, this.powerFactorStandard);
	}

}
