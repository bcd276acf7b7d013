package org.utilityportal.shared.money;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A measured quantity with its unit, at most three decimals.
 *
 * @param value how much
 * @param unit of what
 */
public record Quantity(BigDecimal value, Unit unit) implements Comparable<Quantity> {

	public Quantity {
		if (value == null || unit == null) {
			throw new IllegalArgumentException("A quantity needs a value and a unit");
		}
		if (value.stripTrailingZeros().scale() > Rounding.QUANTITY_SCALE) {
			throw new IllegalArgumentException("A quantity has at most three decimals, not " + value);
		}
		value = value.setScale(Rounding.QUANTITY_SCALE, Rounding.MODE);
	}

	public static Quantity of(String value, Unit unit) {
		return new Quantity(new BigDecimal(value), unit);
	}

	public static Quantity zero(Unit unit) {
		return new Quantity(BigDecimal.ZERO, unit);
	}

	public Quantity plus(Quantity other) {
		requireSameUnit(other);
		return new Quantity(this.value.add(other.value), this.unit);
	}

	public Quantity minus(Quantity other) {
		requireSameUnit(other);
		return new Quantity(this.value.subtract(other.value), this.unit);
	}

	public Quantity negate() {
		return new Quantity(this.value.negate(), this.unit);
	}

	@JsonIgnore
	public boolean isZero() {
		return this.value.signum() == 0;
	}

	@Override
	public int compareTo(Quantity other) {
		requireSameUnit(other);
		return this.value.compareTo(other.value);
	}

	private void requireSameUnit(Quantity other) {
		if (other.unit != this.unit) {
			throw new IllegalArgumentException("Cannot combine " + this.unit + " with " + other.unit);
		}
	}

	@Override
	public String toString() {
		return this.value.toPlainString() + " " + this.unit;
	}

}
