package org.utilityportal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Reloads the signed-in person into their session after they changed something that the
 * session holds (a temporary password replaced by their own).
 */
@Component
@RequiredArgsConstructor
public class SignedInPerson {

	private final UserAccountRepository accounts;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	/** Reads the person again and keeps the fresh copy in the session. */
	public void refresh(long userId, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		PortalUserDetails fresh = new PortalUserDetails(this.accounts.findById(userId).orElseThrow());
		fresh.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(fresh, null,
				fresh.getAuthorities());
		token.setDetails((current != null) ? current.getDetails() : null);
		context.setAuthentication(token);
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
