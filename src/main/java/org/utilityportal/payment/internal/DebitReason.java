package org.utilityportal.payment.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The result codes of the bank's return file (docs/PAYMENTS.md): {@code 00} paid, the
 * others the reason a debit failed. Each reason has a message key,
 * {@code debitReason.<code>}.
 */
public enum DebitReason {

	PAID("00"), INSUFFICIENT_FUNDS("01"), ACCOUNT_CLOSED("02"), ACCOUNT_FROZEN("03"), NO_MANDATE_AT_BANK("04"),
	NAME_MISMATCH("05"), ACCOUNT_INVALID("06"), OTHER("99");

	private final String code;

	DebitReason(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	/** The reason of a code, empty for a code the format does not know. */
	public static Optional<DebitReason> of(String code) {
		return Arrays.stream(values()).filter((reason) -> reason.code.equals(code)).findFirst();
	}

}
