package org.utilityportal.catalogue;

/** Where a service is delivered, which sets the response promised for field work. */
public enum Area {

	URBAN, RURAL, REMOTE;

	public String messageKey() {
		return "area." + name();
	}

}
