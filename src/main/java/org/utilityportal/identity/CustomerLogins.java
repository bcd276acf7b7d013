package org.utilityportal.identity;

/** Sign-in accounts of customers, created when a customer registers online. */
public interface CustomerLogins {

	/** Whether this customer already has a sign-in account. */
	boolean hasLogin(long customerId);

	/**
	 * Creates the customer's sign-in account with a hashed password.
	 * @param username the chosen name, 3–32 characters of a–z, 0–9, dot, dash or
	 * underscore (case-insensitive)
	 * @return {@code false} when the name is already in use (compared case-insensitively)
	 * @throws org.springframework.dao.DataIntegrityViolationException when another
	 * registration took the name at the same moment
	 */
	boolean register(long customerId, String username, String rawPassword, String displayName);

}
