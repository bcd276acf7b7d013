package org.utilityportal.casework;

/**
 * An external platform that forwards cases with its own ticket number and deadline and
 * expects a reply back: the 12345 government service hotline (政务服务便民热线), the 12398 energy
 * regulation hotline and the 12315 market regulation hotline.
 */
public enum Platform {

	GOV_12345, ENERGY_12398, MARKET_12315;

	/** The message key of the name. */
	public String messageKey() {
		return "case.platform." + name();
	}

}
