package org.utilityportal.identity.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * The credentials of a user account for the module's own services: read, and a new
 * password hash set through the account itself.
 */
@Component
@RequiredArgsConstructor
public class AccountCredentials {

	private final UserAccountRepository accounts;

	/** The sign-in name and password hash of an account. */
	public Credentials credentials(long userId) {
		UserAccount account = this.accounts.findById(userId).orElseThrow();
		return new Credentials(account.getUsername(), account.getPasswordHash());
	}

	/** Replaces the password hash. */
	public void changePassword(long userId, String passwordHash) {
		this.accounts.findById(userId).orElseThrow().changePassword(passwordHash);
	}

	/** A sign-in name with its password hash. */
	public record Credentials(String username, String passwordHash) {
	}

}
