package org.utilityportal.casework;

/** How a case reached us. */
public enum Channel {

	COUNTER, HOTLINE, WEB, SMS_WECHAT, LETTER, EMAIL_MEDIA, GOV_12345, DEPARTMENT;

	/** The message key of the name. */
	public String messageKey() {
		return "case.channel." + name();
	}

}
