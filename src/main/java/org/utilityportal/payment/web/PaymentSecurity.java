package org.utilityportal.payment.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Providers' notifications come from the providers' servers: no session, no sign-in, no
 * CSRF token; the signature with the shared secret is what is checked.
 */
@Configuration(proxyBeanMethods = false)
class PaymentSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain providerNotificationChain(HttpSecurity http) {
		http.securityMatcher("/payments/notify/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session
				.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
		return http.build();
	}

}
