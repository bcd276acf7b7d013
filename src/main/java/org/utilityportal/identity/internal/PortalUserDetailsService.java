package org.utilityportal.identity.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts by their sign-in name, which is case-insensitive. */
@RequiredArgsConstructor
class PortalUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(SignInThrottle.normalise(username))
			.map(PortalUserDetails::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
