package org.utilityportal.identity;

/** Sign-in accounts of customers, created when a customer registers online. */
public interface CustomerLogins {

	/** Whether this customer already has a sign-in account. */
	boolean hasLogin(long customerId);

	/**
	 * Creates the customer's sign-in account with a hashed password.
	 * @param username the chosen name, 3–32 characters of a–z, 0–9, dot, dash or
	 * underscore (case-insensitive)
	 * @throws UsernameTakenException when the name is in use (checked case-insensitively)
	 */
	void register(long customerId, String username, String rawPassword, String displayName);

	/** Signals that a chosen sign-in name is already in use. */
	final class UsernameTakenException extends RuntimeException {

		public UsernameTakenException(String username) {
			super("The user name " + username + " is taken");
		}

	}

}
