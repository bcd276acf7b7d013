package org.utilityportal.identity.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.utilityportal.identity.RateDecision;

/**
 * Checks a password only when {@link SignInThrottle} admits the try for the name and the
 * client's address; a try that succeeds is given back. Used by both the sign-in form and
 * HTTP Basic.
 */
@RequiredArgsConstructor
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		RateDecision admitted = this.throttle.admit(name, address);
		if (!admitted.allowed()) {
			throw new SignInThrottledException(admitted.retryAfter());
		}
		Authentication result = this.passwords.authenticate(authentication);
		this.throttle.succeeded(name, address);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
