package org.utilityportal.campaign;

/**
 * The items of the campaign questionnaire: overall satisfaction, then service image,
 * standard language, proactive service, accurate answers, skilled handling and no passing
 * the buck.
 */
public enum SatisfactionItem {

	OVERALL, IMAGE, LANGUAGE, PROACTIVE, ACCURATE, SKILLED, NO_BUCK;

	/** The message key of the name. */
	public String messageKey() {
		return "campaign.item." + name();
	}

}
