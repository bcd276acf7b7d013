package org.utilityportal.shared.money;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount of Chinese yuan, always with exactly two decimals. Negative amounts are
 * credits.
 *
 * @param amount the amount in yuan
 */
public record Money(@JsonValue BigDecimal amount) implements Comparable<Money> {

	/** Nothing. */
	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		if (amount == null) {
			throw new IllegalArgumentException("An amount is required");
		}
		if (amount.scale() > Rounding.MONEY_SCALE && amount.stripTrailingZeros().scale() > Rounding.MONEY_SCALE) {
			throw new IllegalArgumentException("Money has at most two decimals, not " + amount);
		}
		amount = amount.setScale(Rounding.MONEY_SCALE, Rounding.MODE);
	}

	/** Money from a JSON number. */
	@JsonCreator
	public static Money json(BigDecimal amount) {
		return new Money(amount);
	}

	/** Money from its decimal text, e.g. {@code "12.30"}. */
	public static Money of(String amount) {
		return new Money(new BigDecimal(amount));
	}

	/** Money from a value with any number of decimals, rounded the portal's way. */
	public static Money rounded(BigDecimal amount) {
		return new Money(Rounding.money(amount));
	}

	public Money plus(Money other) {
		return new Money(this.amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(this.amount.subtract(other.amount));
	}

	public Money negate() {
		return new Money(this.amount.negate());
	}

	public boolean isZero() {
		return this.amount.signum() == 0;
	}

	public boolean isPositive() {
		return this.amount.signum() > 0;
	}

	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

	/** The smaller of the two. */
	public Money min(Money other) {
		return (compareTo(other) <= 0) ? this : other;
	}

	/** The larger of the two. */
	public Money max(Money other) {
		return (compareTo(other) >= 0) ? this : other;
	}

	@Override
	public int compareTo(Money other) {
		return this.amount.compareTo(other.amount);
	}

	@Override
	public String toString() {
		return this.amount.toPlainString();
	}

}
