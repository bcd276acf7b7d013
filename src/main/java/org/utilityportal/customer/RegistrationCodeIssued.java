package org.utilityportal.customer;

import java.time.Instant;
import java.util.Locale;

/**
 * A registration code was issued and must reach the holder's mobile number on file by
 * text message (the notification module's SMS outbox). Published in the transaction that
 * stored the code's hash.
 *
 * @param mobile the 11-digit mobile number on file
 * @param code the six digits, which exist in clear only in this event and the message
 * @param language the language the person registered in
 * @param expiresAt when the code stops working
 */
public record RegistrationCodeIssued(String mobile, String code, Locale language, Instant expiresAt) {

	@Override
	public String toString() {
		return "RegistrationCodeIssued[to " + this.mobile.substring(0, 3) + "****, expires " + this.expiresAt + "]";
	}

}
