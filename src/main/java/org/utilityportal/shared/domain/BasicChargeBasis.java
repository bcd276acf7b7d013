package org.utilityportal.shared.domain;

/**
 * How the basic charge of a two-part electricity tariff (两部制电价) is measured for one
 * account: by the contracted transformer capacity or by the maximum demand the meter
 * recorded. The customer chooses, as the price documents allow.
 */
public enum BasicChargeBasis {

	/** Contracted capacity in kVA × price per kVA per month (按容量). */
	CAPACITY,

	/** Maximum demand of the period in kW × price per kW per month (按需量). */
	DEMAND;

	/** The message key of the basis's name. */
	public String messageKey() {
		return "basicChargeBasis." + name();
	}

}
