package org.utilityportal.identity.internal;

import java.time.Duration;

import jakarta.servlet.DispatcherType;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.util.unit.DataSize;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.utilityportal.shared.security.Role;

/**
 * The security rules of the whole portal. Three filter chains: the JSON API (a personal
 * API token, the browser session, or HTTP Basic in development: {@link ApiSignIn}), the
 * OpenAPI documentation (staff only), and the pages (form sign-in). Every page under a
 * role's prefix needs that role; everything else but the public pages needs a signed-in
 * person. CSRF is on everywhere except for API calls authenticated by their own Basic or
 * bearer credentials, which never use the cookie session ({@link RequestCredentials}); a
 * multipart body is refused before it is read unless a signed-in person sends it
 * ({@link MultipartGuardFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** No inline script and no inline style anywhere in the portal's own pages. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI sets inline styles; it still runs no inline script. */
	static final String DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	private static final String[] STAFF = { Role.COUNTER.name(), Role.SUPERVISOR.name(), Role.ADMIN.name() };

	/**
	 * No observation per security filter: each request made one context per filter, which
	 * cost more than the filters themselves (measured on the bill page) and nobody reads
	 * them. Requests are still observed as a whole ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new PortalUserDetailsService(accounts));
		passwords.setPasswordEncoder(passwordEncoder);
		// Account status is checked only after the password matched, so a wrong password
		// never tells whether an account exists or is disabled.
		UserDetailsChecker none = (user) -> {
		};
		passwords.setPreAuthenticationChecks(none);
		passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager, ApiSignIn apiSignIn,
			@Value("${portal.security.multipart.max-size:64MB}") DataSize multipartMaxSize) {
		http.securityMatcher("/api/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/tariffs", "/api/v1/tariffs/*/estimate", "/api/v1/catalogue",
						"/api/v1/catalogue/*", "/api/v1/notices", "/api/v1/notices/*", "/api/v1/metro/lines",
						"/api/v1/metro/fares", "/api/v1/metro/fare")
				.permitAll()
				.anyRequest()
				.authenticated())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(RequestCredentials::carriedBy))
			.securityContext((context) -> context.securityContextRepository(RequestCredentials.contextRepository()))
			.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
			.addFilterBefore(new MultipartGuardFilter(multipartMaxSize), CsrfFilter.class)
			.headers((headers) -> commonHeaders(headers, CONTENT_SECURITY_POLICY));
		apiSignIn.applyTo(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain documentationChain(HttpSecurity http, AuthenticationManager authenticationManager) {
		http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**", "/v3/api-docs")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAnyRole(STAFF))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.headers((headers) -> commonHeaders(headers, DOCS_CONTENT_SECURITY_POLICY));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager authenticationManager,
			ApiSignIn apiSignIn) {
		http.securityMatcher("/actuator/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
				.permitAll()
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(RequestCredentials::carriedBy))
			.securityContext((context) -> context.securityContextRepository(RequestCredentials.contextRepository()))
			.headers((headers) -> commonHeaders(headers, CONTENT_SECURITY_POLICY));
		apiSignIn.applyTo(http);
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager, MeterRegistry meters,
			@Value("${portal.security.multipart.max-size:64MB}") DataSize multipartMaxSize,
			@Value("${portal.security.staff-idle-timeout:30m}") Duration staffIdleTimeout) {
		SavedRequestAwareAuthenticationSuccessHandler toHome = new SavedRequestAwareAuthenticationSuccessHandler();
		toHome.setDefaultTargetUrl("/home");
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
				.permitAll()
				.requestMatchers("/", "/login", "/register", "/register/**", "/error", "/css/**", "/js/**", "/img/**",
						"/public/**")
				.permitAll()
				.requestMatchers("/audit/**")
				.hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name())
				.requestMatchers(Role.CUSTOMER.home(), Role.CUSTOMER.home() + "/**")
				.hasRole(Role.CUSTOMER.name())
				.requestMatchers(Role.COUNTER.home(), Role.COUNTER.home() + "/**")
				.hasRole(Role.COUNTER.name())
				.requestMatchers(Role.SUPERVISOR.home(), Role.SUPERVISOR.home() + "/**")
				.hasRole(Role.SUPERVISOR.name())
				.requestMatchers(Role.ADMIN.home(), Role.ADMIN.home() + "/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(new StaffSessionTimeout(toHome, staffIdleTimeout))
				.failureHandler(new SignInFailureHandler(meters))
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
			.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
			.addFilterBefore(new MultipartGuardFilter(multipartMaxSize), CsrfFilter.class)
			.headers((headers) -> commonHeaders(headers, CONTENT_SECURITY_POLICY));
		return http.build();
	}

	private static void commonHeaders(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
		// The headers are the same for every response, so they are written before the
		// request
		// is handled: otherwise the filter wraps the response to write them at the last
		// moment
		// and checks the length on every small write of a rendered page (a seventh of the
		// bill
		// page's time under load). Written that early, "never store" cannot see that a
		// static
		// file has cache headers of its own, so it is not written for static files at
		// all.
		headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {

			@Override
			public <O extends HeaderWriterFilter> O postProcess(O filter) {
				filter.setShouldWriteHeadersEagerly(true);
				return filter;
			}

		});
		headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
					new NegatedRequestMatcher(PathRequest.toStaticResources().atCommonLocations()),
					new CacheControlHeadersWriter()));
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=()"));
	}

}
