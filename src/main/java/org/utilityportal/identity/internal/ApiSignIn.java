package org.utilityportal.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * How scripts sign in to the API and the actuator: a personal API token (always), and
 * HTTP Basic with a name and password only where {@code portal.security.http-basic} is on
 * (development; the {@code production} profile turns it off). Kept apart from
 * {@link SecurityConfiguration} so the rules there stay about paths and roles.
 */
@Component
class ApiSignIn {

	private final ApiTokenService tokens;

	private final boolean httpBasic;

	ApiSignIn(ApiTokenService tokens, @Value("${portal.security.http-basic:true}") boolean httpBasic) {
		this.tokens = tokens;
		this.httpBasic = httpBasic;
	}

	void applyTo(HttpSecurity http) {
		ApiEntryPoint entryPoint = new ApiEntryPoint(this.httpBasic);
		http.addFilterBefore(new ApiTokenAuthenticationFilter(this.tokens), BasicAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint));
		if (this.httpBasic) {
			http.httpBasic((basic) -> basic.realmName("Utility Portal").authenticationEntryPoint(entryPoint));
		}
	}

}
