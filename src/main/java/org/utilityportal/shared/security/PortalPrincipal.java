package org.utilityportal.shared.security;

import java.util.Optional;

/**
 * What every module may know about the signed-in person. Obtain it with
 * {@code @AuthenticationPrincipal PortalPrincipal principal} in a controller.
 */
public interface PortalPrincipal {

	/** The user account's id. */
	long userId();

	/** The sign-in name. */
	String username();

	/** The name shown in the header. */
	String displayName();

	/** The single role of this account. */
	Role role();

	/** The staff work number (工号); empty for customers. */
	Optional<String> workNumber();

	/** The customer this account belongs to; empty for staff. */
	Optional<Long> customerId();

	/** Whether this member of staff holds {@link Rights#REVEAL_PERSONAL_DATA}. */
	boolean mayRevealPersonalData();

	/**
	 * The customer this account belongs to.
	 * @throws IllegalStateException for staff
	 */
	default long requireCustomerId() {
		return customerId().orElseThrow(() -> new IllegalStateException(username() + " is not a customer"));
	}

}
