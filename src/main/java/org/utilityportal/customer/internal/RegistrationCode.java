package org.utilityportal.customer.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.utilityportal.shared.security.Sha256;

/**
 * A one-time code sent by text message to the mobile number on file of an account's
 * holder, to prove at online registration that the account is theirs. Only a hash of the
 * code is kept (salted with the account number). A code is good for {@link #VALIDITY}, at
 * most {@link #MAX_FAILURES} wrong tries, and one registration.
 */
@Entity
@Table(name = "registration_code")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RegistrationCode {

	/** How long a code is good for. */
	public static final Duration VALIDITY = Duration.ofMinutes(10);

	/** Wrong tries after which a code is dead. */
	public static final int MAX_FAILURES = 5;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long customerId;

	private String accountNumber;

	private String codeHash;

	private Instant issuedAt;

	private Instant expiresAt;

	private int failedAttempts;

	private Instant usedAt;

	@Version
	private long version;

	/** A new code for the holder of this account, issued now. */
	public static RegistrationCode issue(long customerId, String accountNumber, String code, Instant at) {
		RegistrationCode issued = new RegistrationCode();
		issued.customerId = customerId;
		issued.accountNumber = accountNumber;
		issued.codeHash = hash(accountNumber, code);
		issued.issuedAt = at;
		issued.expiresAt = at.plus(VALIDITY);
		return issued;
	}

	/**
	 * Checks a code typed in; a wrong one counts against this code.
	 * @return whether the code is right and still good (unused, not expired, not dead)
	 */
	public boolean check(String typed, Instant at) {
		if (this.usedAt != null || !at.isBefore(this.expiresAt) || this.failedAttempts >= MAX_FAILURES) {
			return false;
		}
		String candidate = hash(this.accountNumber, (typed != null) ? typed.strip() : "");
		if (MessageDigest.isEqual(candidate.getBytes(StandardCharsets.US_ASCII),
				this.codeHash.getBytes(StandardCharsets.US_ASCII))) {
			return true;
		}
		this.failedAttempts++;
		return false;
	}

	/** Marks the code used by a registration; it is never good again. */
	public void use(Instant at) {
		if (this.usedAt != null) {
			throw new IllegalStateException("Registration code " + this.id + " was used already");
		}
		this.usedAt = at;
	}

	private static String hash(String accountNumber, String code) {
		return Sha256.hex(accountNumber + ":" + code);
	}

}
