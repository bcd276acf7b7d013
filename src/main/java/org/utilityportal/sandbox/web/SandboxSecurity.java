package org.utilityportal.sandbox.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The sandbox provider stands for another company's servers: its pages and API need no
 * portal sign-in. The checkout page's form keeps its CSRF token; the merchant API is
 * authenticated by its signatures instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("portal.payments.sandbox.enabled")
class SandboxSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain sandboxChain(HttpSecurity http) {
		http.securityMatcher("/sandbox-pay/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/sandbox-pay/api/**"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp
				.policyDirectives("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
						+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")));
		return http.build();
	}

}
