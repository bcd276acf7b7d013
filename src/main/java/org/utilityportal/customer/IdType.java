package org.utilityportal.customer;

/** The identity document of a customer: a person's or an organisation's. */
public enum IdType {

	/** PRC resident identity card (居民身份证), for people. */
	RESIDENT_ID,

	/** Unified social credit code (统一社会信用代码), for organisations. */
	CREDIT_CODE;

	/** The message key of the document's name. */
	public String messageKey() {
		return "idType." + name();
	}

}
