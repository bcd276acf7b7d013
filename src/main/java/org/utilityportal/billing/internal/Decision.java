package org.utilityportal.billing.internal;

/** Where a request that a second person decides stands. */
public enum Decision {

	REQUESTED, APPROVED, REJECTED, PAID

}
