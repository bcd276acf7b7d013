package org.utilityportal.campaign;

/** Who returned a questionnaire: a resident, a business, a deputy or other. */
public enum Respondent {

	RESIDENT, BUSINESS, DEPUTY, OTHER;

	/** The message key of the name. */
	public String messageKey() {
		return "campaign.respondent." + name();
	}

}
