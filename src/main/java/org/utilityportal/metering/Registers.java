package org.utilityportal.metering;

/**
 * What a meter must give at each reading besides its total.
 *
 * @param bands peak, flat and valley registers (time-of-use meter or tariff)
 * @param demand the maximum demand since the previous reading, kW (basic charge by
 * demand)
 * @param reactive the reactive energy register, kvarh (power factor assessed)
 */
public record Registers(boolean bands, boolean demand, boolean reactive) {

	/** Whether the reading form has anything beyond peak, flat and valley. */
	public boolean hasDemandOrReactive() {
		return this.demand || this.reactive;
	}

}
