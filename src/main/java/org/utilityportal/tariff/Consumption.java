package org.utilityportal.tariff;

import java.math.BigDecimal;

/**
 * Consumption over a period: the total, per time-of-use period for meters that have one
 * register each (then peak + flat + valley = total), and for large customers the maximum
 * demand and the reactive energy of the period.
 *
 * @param total all consumption
 * @param peak consumption in peak hours, {@code null} without time-of-use registers
 * @param flat consumption in flat hours, {@code null} without time-of-use registers
 * @param valley consumption in valley hours, {@code null} without time-of-use registers
 * @param maxDemand the highest demand of the period in kW, {@code null} when not measured
 * @param reactive reactive energy of the period in kvarh, {@code null} when not measured
 */
public record Consumption(BigDecimal total, BigDecimal peak, BigDecimal flat, BigDecimal valley, BigDecimal maxDemand,
		BigDecimal reactive) {

	/** Consumption without demand or reactive measurements. */
	public Consumption(BigDecimal total, BigDecimal peak, BigDecimal flat, BigDecimal valley) {
		this(total, peak, flat, valley, null, null);
	}

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

	/** The same consumption with the maximum demand (kW) and reactive energy (kvarh). */
	public Consumption withDemand(BigDecimal maxDemand, BigDecimal reactive) {
		return new Consumption(this.total, this.peak, this.flat, this.valley, maxDemand, reactive);
	}

	/**
	 * The same consumption read as if the meter had one register (what a customer without
	 * time-of-use prices pays).
	 */
	public Consumption withoutBands() {
		return new Consumption(this.total, null, null, null, this.maxDemand, this.reactive);
	}

}
