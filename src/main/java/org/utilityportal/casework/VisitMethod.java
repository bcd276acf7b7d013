package org.utilityportal.casework;

/** How the return visit was made. */
public enum VisitMethod {

	ONLINE, PHONE;

	/** The message key of the name. */
	public String messageKey() {
		return "case.visitMethod." + name();
	}

}
