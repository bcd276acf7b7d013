package org.utilityportal.shared.domain;

/** How often a metered account is billed (bimonthly: many water companies). */
public enum BillingCycle {

	MONTHLY(1), BIMONTHLY(2), QUARTERLY(3), ANNUAL(12);

	private final int months;

	BillingCycle(int months) {
		this.months = months;
	}

	/** The length of one billing period in months. */
	public int months() {
		return this.months;
	}

	/** The message key of the cycle's name. */
	public String messageKey() {
		return "billingCycle." + name();
	}

}
