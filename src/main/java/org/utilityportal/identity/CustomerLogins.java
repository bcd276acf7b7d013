package org.utilityportal.identity;

import java.util.Collection;
import java.util.List;

/** Sign-in accounts of customers, created when a customer registers online. */
public interface CustomerLogins {

	/** Whether this customer already has a sign-in account. */
	boolean hasLogin(long customerId);

	/**
	 * The user account ids of the enabled sign-in accounts of these customers (customers
	 * without one are left out), in one statement whatever their number.
	 */
	List<Long> enabledLoginsOf(Collection<Long> customerIds);

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
