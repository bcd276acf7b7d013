package org.utilityportal.metering;

/**
 * What a meter must give at each reading besides its total.
 *
 * @param bands peak, flat and valley registers (time-of-use meter or tariff)
 * @param demand the maximum demand since the previous reading, kW (every two-part
 * account, whichever basis its basic charge is on)
 * @param reactive the reactive energy register, kvarh (power factor assessed)
 */
public record Registers(boolean bands, boolean demand, boolean reactive) {

	/** Whether the reading form has anything beyond peak, flat and valley. */
	public boolean hasDemandOrReactive() {
		return this.demand || this.reactive;
	}

}
