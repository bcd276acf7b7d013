package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.util.List;

import org.utilityportal.shared.money.Money;

/**
 * The lines a consumption costs and their total, which is exactly the sum of the lines.
 *
 * @param lines the lines, in the order a bill lists them
 * @param total the sum of the lines' amounts
 * @param yearToDate consumption of the calendar year in which the period ends, up to its
 * end, for annual step allowances ({@code null} when not computed)
 */
public record Charges(List<ChargeLine> lines, Money total, BigDecimal yearToDate) {

	public Charges {
		lines = List.copyOf(lines);
		Money sum = lines.stream().map(ChargeLine::amount).reduce(Money.ZERO, Money::plus);
		if (total.compareTo(sum) != 0) {
			throw new IllegalArgumentException("The total " + total + " is not the sum of the lines " + sum);
		}
	}

	/** Lines with their sum as the total. */
	public static Charges of(List<ChargeLine> lines) {
		return of(lines, null);
	}

	/** Lines with their sum as the total, and the year's consumption at the end. */
	public static Charges of(List<ChargeLine> lines, BigDecimal yearToDate) {
		return new Charges(lines, lines.stream().map(ChargeLine::amount).reduce(Money.ZERO, Money::plus), yearToDate);
	}

	/**
	 * How each step of a stepped time-of-use tariff was shared between peak, flat and
	 * valley, for the bill's "第2档 120 kWh：峰 90 × 0.677，谷 30 × 0.337".
	 */
	public List<StepSplit> stepSplits() {
		return StepSplit.of(this.lines);
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
