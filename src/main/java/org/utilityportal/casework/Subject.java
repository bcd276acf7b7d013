package org.utilityportal.casework;

/** What a case is about; the three water subjects apply to water only. */
public enum Subject {

	STAFF, EQUIPMENT, POLICY, BILLING, SUPPLY_QUALITY, WATER_QUALITY, WATER_QUANTITY, WATER_PRESSURE;

	/** The message key of the name. */
	public String messageKey() {
		return "case.subject." + name();
	}

}
