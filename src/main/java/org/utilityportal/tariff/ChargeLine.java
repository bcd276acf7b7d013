package org.utilityportal.tariff;

import java.time.LocalDate;

import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Quantity;
import org.utilityportal.shared.money.UnitPrice;

/**
 * One line of a bill: quantity × unit price = amount, and where the price comes from.
 *
 * @param kind what it charges for
 * @param step the step number (1, 2, 3…) for {@link LineKind#TIER}, otherwise 0
 * @param band the time-of-use period for {@link LineKind#TIME_OF_USE}, otherwise
 * {@code null}
 * @param season whether the season price applied
 * @param nameZh the charge's own name in Chinese (fixed charges and surcharges),
 * otherwise {@code null}
 * @param nameEn the charge's own name in English, otherwise {@code null}
 * @param quantity how much (negative on corrections and credits)
 * @param price the price per unit
 * @param amount quantity × price, rounded once to the fen
 * @param versionId the tariff version, or 0 for adjustments
 * @param documentNumber the approving price document
 * @param from first day the line covers
 * @param to day after the last day the line covers
 * @param powerFactor for {@link LineKind#POWER_FACTOR}: the measured factor and the
 * standard, otherwise {@code null}
 */
public record ChargeLine(LineKind kind, int step, TariffStructure.Band band, boolean season, String nameZh,
		String nameEn, Quantity quantity, UnitPrice price, Money amount, long versionId, String documentNumber,
		LocalDate from, LocalDate to, PowerFactor powerFactor) {

	/** A line that is not a power-factor adjustment. */
	public ChargeLine(LineKind kind, int step, TariffStructure.Band band, boolean season, String nameZh, String nameEn,
			Quantity quantity, UnitPrice price, Money amount, long versionId, String documentNumber, LocalDate from,
			LocalDate to) {
		this(kind, step, band, season, nameZh, nameEn, quantity, price, amount, versionId, documentNumber, from, to,
				null);
	}

	/**
	 * The unit price of a power-factor line as a percentage (−0.75 for a 0.75%
	 * reduction).
	 */
	public java.math.BigDecimal percent() {
		java.math.BigDecimal percent = this.price.perUnit().movePointRight(2).stripTrailingZeros();
		return (percent.scale() < 0) ? percent.setScale(0) : percent;
	}

	/** The same line with quantity and amount negated: its reversal. */
	public ChargeLine reversed(LineKind asKind) {
		return new ChargeLine(asKind, this.step, this.band, this.season, this.nameZh, this.nameEn,
				this.quantity.negate(), this.price, this.amount.negate(), this.versionId, this.documentNumber,
				this.from, this.to, this.powerFactor);
	}

	/**
	 * The period's power factor and the standard it was assessed against.
	 *
	 * @param measured active ÷ apparent energy, two decimals
	 * @param standard 0.90, 0.85 or 0.80
	 */
	public record PowerFactor(java.math.BigDecimal measured, java.math.BigDecimal standard) {
	}

}
