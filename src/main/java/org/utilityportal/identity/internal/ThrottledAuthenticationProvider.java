package org.utilityportal.identity.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks the password only for names that are not locked, and counts the failures. Used
 * by both the sign-in form and HTTP Basic on the API.
 */
@RequiredArgsConstructor
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		if (this.throttle.isLocked(name)) {
			throw new LockedException("Too many failed sign-ins");
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.recordSuccess(name);
			return result;
		}
		catch (BadCredentialsException ex) {
			if (this.throttle.recordFailure(name)) {
				throw new LockedException("Too many failed sign-ins", ex);
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
