package org.utilityportal.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place where rounding is decided, the same everywhere in the portal:
 * <ul>
 * <li>money is yuan with 2 decimals (fen);</li>
 * <li>a bill line's amount is its quantity times its unit price, rounded once, half up,
 * to the fen; a bill's total is the exact sum of its rounded lines;</li>
 * <li>quantities keep 3 decimals; a quantity split by days is rounded half up to 3
 * decimals and the last part takes the remainder, so the parts always add up
 * exactly;</li>
 * <li>unit prices keep up to 6 decimals, as price documents publish them.</li>
 * </ul>
 */
public final class Rounding {

	/** Decimals of money. */
	public static final int MONEY_SCALE = 2;

	/** Decimals of quantities. */
	public static final int QUANTITY_SCALE = 3;

	/** Most decimals of a unit price. */
	public static final int PRICE_SCALE = 6;

	/** How every rounding in the portal rounds. */
	public static final RoundingMode MODE = RoundingMode.HALF_UP;

	private Rounding() {
	}

	/** Rounds to the fen. */
	public static BigDecimal money(BigDecimal value) {
		return value.setScale(MONEY_SCALE, MODE);
	}

	/** Rounds to 3 decimals. */
	public static BigDecimal quantity(BigDecimal value) {
		return value.setScale(QUANTITY_SCALE, MODE);
	}

}
