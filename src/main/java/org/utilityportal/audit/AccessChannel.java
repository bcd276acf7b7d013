package org.utilityportal.audit;

/** Where the access came from. */
public enum AccessChannel {

	/** A page in the browser. */
	WEB,

	/** The JSON API. */
	API

}
