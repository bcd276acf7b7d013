package org.utilityportal.payment;

import java.time.Instant;

/**
 * A direct-debit mandate, with the bank account masked but for its last four digits.
 *
 * @param id the mandate
 * @param accountId the service account collected from
 * @param accountNumber its number
 * @param bankCode the bank (ICBC, CCB, …)
 * @param maskedBankAccount the bank account, masked
 * @param holderName the bank account's holder
 * @param status REQUESTED, ACTIVE, REJECTED or CANCELLED
 * @param requestedBy the clerk who recorded it
 * @param requestedAt when
 * @param decidedBy the supervisor who approved or rejected it
 * @param decidedAt when
 * @param version optimistic-locking version
 */
public record MandateView(long id, long accountId, String accountNumber, String bankCode, String maskedBankAccount,
		String holderName, String status, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
		long version) {

	/** The message key of the status. */
	public String statusKey() {
		return "mandate.status." + this.status;
	}

	/** The message key of the bank's name. */
	public String bankKey() {
		return "bank." + this.bankCode;
	}

	/** Masks a bank account but for its last four digits. */
	public static String mask(String bankAccount) {
		return (bankAccount.length() <= 4) ? bankAccount
				: "*".repeat(bankAccount.length() - 4) + bankAccount.substring(bankAccount.length() - 4);
	}

}
