package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.util.List;

import org.utilityportal.shared.money.Money;

/**
 * The lines a consumption costs and their total, which is exactly the sum of the lines.
 *
 * @param lines the lines, in the order a bill lists them
 * @param total the sum of the lines' amounts
 */
public record Charges(List<ChargeLine> lines, Money total) {

	public Charges {
		lines = List.copyOf(lines);
		Money sum = lines.stream().map(ChargeLine::amount).reduce(Money.ZERO, Money::plus);
		if (total.compareTo(sum) != 0) {
			throw new IllegalArgumentException("The total " + total + " is not the sum of the lines " + sum);
		}
	}

	/** Lines with their sum as the total. */
	public static Charges of(List<ChargeLine> lines) {
		return new Charges(lines, lines.stream().map(ChargeLine::amount).reduce(Money.ZERO, Money::plus));
	}

	/**
	 * The quantity charged per step, for checking: all steps together are the
	 * consumption.
	 */
	public BigDecimal stepQuantity() {
		return this.lines.stream()
			.filter((line) -> line.kind() == LineKind.TIER || line.kind() == LineKind.ENERGY
					|| line.kind() == LineKind.TIME_OF_USE)
			.map((line) -> line.quantity().value())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Whether a price change or a season cut the period into parts (lines then show their
	 * days).
	 */
	public boolean isSplit() {
		return this.lines.stream().map(ChargeLine::from).distinct().count() > 1;
	}

}
