package org.utilityportal.calendar;

/** The public holiday a special day belongs to. */
public enum Occasion {

	NEW_YEAR, SPRING_FESTIVAL, QINGMING, LABOUR_DAY, DRAGON_BOAT, MID_AUTUMN, NATIONAL_DAY, OTHER;

	/** The message key of the occasion's name. */
	public String messageKey() {
		return "calendar.occasion." + name();
	}

}
