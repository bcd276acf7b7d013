package org.utilityportal.billing;

/** Why a billing run issued no bill for an account. */
public enum SkipReason {

	/** No reading at all to start from: the first reading has to be taken. */
	NO_BASELINE,

	/** No reading for the period and too little history to estimate one. */
	NO_READING,

	/** No published tariff in force for the account's utility and category. */
	NO_TARIFF,

	/**
	 * The tariff is time-of-use but the meter gave no peak, flat and valley registers.
	 */
	NO_BANDS,

	/**
	 * The tariff needs what the account's supply terms or readings do not give: a
	 * two-part tariff without a basic-charge basis, capacity or maximum demand, or a
	 * power-factor standard without reactive energy (the detail says which).
	 */
	NO_TWO_PART_TERMS,

	/** The readings go backwards without a recorded rollover or meter change. */
	NEGATIVE_CONSUMPTION;

	/** The message key of the reason. */
	public String messageKey() {
		return "skipReason." + name();
	}

}
