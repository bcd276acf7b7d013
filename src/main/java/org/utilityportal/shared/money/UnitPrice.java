package org.utilityportal.shared.money;

import java.math.BigDecimal;

/**
 * A price per unit in yuan, up to six decimals (e.g. 0.4883 yuan per kWh).
 *
 * @param perUnit yuan per one unit
 * @param unit the unit priced
 */
public record UnitPrice(BigDecimal perUnit, Unit unit) {

	public UnitPrice {
		if (perUnit == null || unit == null) {
			throw new IllegalArgumentException("A unit price needs a price and a unit");
		}
		if (perUnit.stripTrailingZeros().scale() > Rounding.PRICE_SCALE) {
			throw new IllegalArgumentException("A unit price has at most six decimals, not " + perUnit);
		}
	}

	public static UnitPrice of(String perUnit, Unit unit) {
		return new UnitPrice(new BigDecimal(perUnit), unit);
	}

	/**
	 * The amount of a bill line: quantity times price, rounded once to the fen (see
	 * {@link Rounding}).
	 * @throws IllegalArgumentException when the quantity is in another unit
	 */
	public Money times(Quantity quantity) {
		if (quantity.unit() != this.unit) {
			throw new IllegalArgumentException("A price per " + this.unit + " cannot price " + quantity.unit());
		}
		return Money.rounded(quantity.value().multiply(this.perUnit));
	}

	@Override
	public String toString() {
		return this.perUnit.toPlainString() + "/" + this.unit;
	}

}
