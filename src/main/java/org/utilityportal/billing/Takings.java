package org.utilityportal.billing;

import org.utilityportal.shared.money.Money;

/**
 * What a clerk took in a day, by method: the payments they received that were not
 * reversed.
 *
 * @param cash cash payments
 * @param card card payments
 * @param transfer bank transfers
 * @param reversed how many of the day's payments were reversed (not counted above)
 */
public record Takings(ByMethod cash, ByMethod card, ByMethod transfer, int reversed) {

	/** Everything taken. */
	public Money total() {
		return this.cash.total().plus(this.card.total()).plus(this.transfer.total());
	}

	/** How many payments. */
	public int count() {
		return this.cash.count() + this.card.count() + this.transfer.count();
	}

	/**
	 * The payments of one method.
	 *
	 * @param count how many
	 * @param total their sum
	 */
	public record ByMethod(int count, Money total) {

		/** None. */
		public static final ByMethod NONE = new ByMethod(0, Money.ZERO);

	}

}
