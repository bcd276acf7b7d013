package org.utilityportal.support;

import java.util.Optional;

import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;

/** A signed-in person for calling facades directly in tests. */
public record TestPrincipal(long userId, String username, String displayName, Role role, String work, Long customer,
		boolean mayRevealPersonalData) implements PortalPrincipal {

	@Override
	public Optional<String> workNumber() {
		return Optional.ofNullable(this.work);
	}

	@Override
	public Optional<Long> customerId() {
		return Optional.ofNullable(this.customer);
	}

}
