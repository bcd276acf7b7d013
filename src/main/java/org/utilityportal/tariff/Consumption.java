package org.utilityportal.tariff;

import java.math.BigDecimal;

/**
 * Consumption over a period: the total, and per time-of-use period for meters that have
 * one register each (then peak + flat + valley = total).
 *
 * @param total all consumption
 * @param peak consumption in peak hours, {@code null} without time-of-use registers
 * @param flat consumption in flat hours, {@code null} without time-of-use registers
 * @param valley consumption in valley hours, {@code null} without time-of-use registers
 */
public record Consumption(BigDecimal total, BigDecimal peak, BigDecimal flat, BigDecimal valley) {

	/** Consumption measured by a single register. */
	public static Consumption of(BigDecimal total) {
		return new Consumption(total, null, null, null);
	}

	/** Consumption measured per time-of-use period. */
	public static Consumption ofBands(BigDecimal peak, BigDecimal flat, BigDecimal valley) {
		return new Consumption(peak.add(flat).add(valley), peak, flat, valley);
	}

	/** Whether the consumption is known per time-of-use period. */
	public boolean hasBands() {
		return this.peak != null && this.flat != null && this.valley != null;
	}

	/** The consumption of one time-of-use period. */
	public BigDecimal band(TariffStructure.Band band) {
		return switch (band) {
			case PEAK -> this.peak;
			case FLAT -> this.flat;
			case VALLEY -> this.valley;
		};
	}

}
