package org.utilityportal.billing;

import java.util.List;

/** How a payment came in. */
public enum PaymentMethod {

	CASH, CARD, BANK_TRANSFER, ONLINE, AUTO_BANK, AUTO_MOBILE;

	/** The methods a clerk takes at the counter. */
	public static final List<PaymentMethod> COUNTER = List.of(CASH, CARD, BANK_TRANSFER);

	/** Whether this is an automatic deduction. */
	public boolean isAutomatic() {
		return this == AUTO_BANK || this == AUTO_MOBILE;
	}

	/** The message key of the method's name. */
	public String messageKey() {
		return "paymentMethod." + name();
	}

}
