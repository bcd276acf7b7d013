package org.utilityportal.billing;

/**
 * What moved an account's balance. A bill raises it by its charges (corrections and
 * late-payment charges are lines of bills); a payment lowers it; a reversal of a payment
 * and a refund of credit raise it again; an opening balance brings what a former system
 * knew.
 */
public enum LedgerKind {

	BILL, PAYMENT, REVERSAL, REFUND, OPENING_BALANCE;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "ledgerKind." + name();
	}

}
