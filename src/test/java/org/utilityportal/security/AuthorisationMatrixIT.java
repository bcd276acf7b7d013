package org.utilityportal.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.utilityportal.shared.security.Role;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.PageFixtures;
import org.utilityportal.support.PortalPages;
import org.utilityportal.support.RouteExamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The authorisation matrix, generated from every request mapping of the portal: each
 * route with an identifier (filled with {@code customer1}'s records by
 * {@link RouteExamples}) is tried anonymously, by each role the rules do not let in (the
 * URL rules of the security chain and the handler's {@code @PreAuthorize}), and, where
 * customers are let in, by another customer ({@code customer2}); every state-changing
 * route is tried by someone it lets in, without a CSRF token. None of these answers 2xx,
 * and the database is the same afterwards (every table but sessions, compared row by
 * row). A new route is in the matrix as soon as it is mapped.
 */
class AuthorisationMatrixIT extends IntegrationTest {

	private static final Pattern ROLE = Pattern.compile("'([A-Z]+)'");

	/**
	 * Tables requests may write to without changing anything a person owns; the
	 * provider's notifications are recorded refused ones included (issue 11).
	 */
	private static final Set<String> BOOKKEEPING = Set.of("spring_session", "spring_session_attributes",
			"flyway_schema_history", "event_publication", "shedlock", "provider_notification");

	private static final Map<Role, String> USERS = Map.of(Role.CUSTOMER, "customer1", Role.COUNTER, "counter1",
			Role.SUPERVISOR, "supervisor1", Role.ADMIN, "admin1");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	FilterChainProxy security;

	@Autowired
	ServletContext servletContext;

	@Autowired
	PageFixtures fixtures;

	private final Map<String, MockHttpSession> sessions = new LinkedHashMap<>();

	private final List<String> answered = new ArrayList<>();

	private int attempts;

	private int foreignAttempts;

	private final List<String> tried = new ArrayList<>();

	@Test
	void routesWithAnIdentifierRefuseAnonymousWrongRolesAndOtherCustomers() throws Exception {
		this.fixtures.ensure();
		signInEveryone();
		Map<String, String> before = settledFingerprint();
		for (Route route : routes()) {
			if (!route.pattern().contains("{") || route.allowed().contains(null)) {
				continue;
			}
			String path = RouteExamples.fill(route.pattern(), this.jdbc);
			expectRefused(route, path, null);
			for (Role role : Role.values()) {
				if (!route.allowed().contains(role) && USERS.containsKey(role)) {
					expectRefused(route, path, USERS.get(role));
				}
			}
			if (route.allowed().contains(Role.CUSTOMER) && !route.pattern().matches(".*\\{code}$")) {
				expectRefused(route, path, "customer2");
				this.foreignAttempts++;
			}
		}
		assertThat(this.answered).as("requests that were let through").isEmpty();
		assertThat(this.attempts).as("requests tried").isGreaterThan(200);
		assertThat(this.foreignAttempts).as("requests tried as another customer").isGreaterThan(10);
		assertThat(fingerprint()).as("tables after the requests").isEqualTo(before);
		// Ownership, not absence: customer2 tried to revoke a token customer1 holds.
		long token = this.jdbc
			.sql("select min(t.id) from api_token t join user_account u on u.id = t.user_id "
					+ "where u.username = 'customer1' and t.revoked_at is null")
			.query(Long.class)
			.single();
		assertThat(this.tried).contains("POST /account/tokens/" + token + "/revoke as customer2");
		assertThat(this.jdbc.sql("select revoked_at is null from api_token where id = ?")
			.param(token)
			.query(Boolean.class)
			.single()).as("customer1's token is still valid").isTrue();
	}

	/**
	 * Server-to-server callbacks that carry no session and no CSRF token by design: the
	 * provider's notifications and the sandbox provider's API are accepted only with a
	 * valid HMAC signature (issue 11, docs/PAYMENTS.md), so an unsigned request must be
	 * refused with a 4xx and change nothing.
	 */
	private static final List<String> SIGNED_CALLBACKS = List.of("/payments/notify/", "/sandbox-pay/api/");

	@Test
	void noStateChangingRouteAcceptsARequestWithoutTheCsrfToken() throws Exception {
		this.fixtures.ensure();
		signInEveryone();
		Map<String, String> before = settledFingerprint();
		for (Route route : routes()) {
			if (route.method() == HttpMethod.GET) {
				continue;
			}
			String path = RouteExamples.fill(route.pattern(), this.jdbc);
			Role someone = route.allowed().stream().filter((role) -> role != null).findFirst().orElse(null);
			MockHttpServletRequestBuilder request = request(route.method(), path);
			if (someone != null) {
				request.session(this.sessions.get(USERS.get(someone)));
			}
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			boolean signed = SIGNED_CALLBACKS.stream().anyMatch(route.pattern()::startsWith);
			if (signed ? response.getStatus() < 400 || response.getStatus() >= 500 : response.getStatus() != 403) {
				this.answered.add(route + " without a token as " + someone + ": " + response.getStatus());
			}
		}
		assertThat(this.answered).as("requests without a CSRF token that were not refused").isEmpty();
		assertThat(fingerprint()).as("tables after the requests").isEqualTo(before);
	}

	/** Refused: 4xx for a signed-in person, sign-in (302) or 401 for an anonymous one. */
	private void expectRefused(Route route, String path, String username) throws Exception {
		this.attempts++;
		this.tried.add(route.method() + " " + path + " as " + ((username != null) ? username : "anonymous"));
		MockHttpServletRequestBuilder request = request(route.method(), path).with(csrf());
		if (username != null) {
			request.session(this.sessions.get(username));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		String location = response.getRedirectedUrl();
		if (username != null && response.getStatus() == 302 && "/home".equals(location)) {
			// Sent to one's own landing page: nothing of the record is shown.
			return;
		}
		if (username != null && response.getStatus() == 302 && location != null && location.startsWith("/")) {
			// A link that only forwards (such as /cases/{number} to the role's case page)
			// is judged by where it leads.
			response = this.mvc.perform(request(HttpMethod.GET, location).session(this.sessions.get(username)))
				.andReturn()
				.getResponse();
		}
		int status = response.getStatus();
		boolean refused = (username != null) ? status >= 400 && status < 500
				: status == 401 || (status == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login"));
		if (!refused) {
			this.answered.add(route.method() + " " + path + " as " + ((username != null) ? username : "anonymous")
					+ ": " + status);
		}
	}

	private void signInEveryone() throws Exception {
		for (String username : List.of("customer1", "customer2", "counter1", "supervisor1", "admin1")) {
			if (!this.sessions.containsKey(username)) {
				this.sessions.put(username, signIn(username));
			}
		}
	}

	/**
	 * Every mapping with the roles it lets in ({@code null} in the set: anonymous too).
	 */
	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					HttpMethod http = HttpMethod.valueOf(method.name());
					routes.add(new Route(http, pattern, allowed(http, pattern, handler)));
				}
			}
		});
		routes.sort(java.util.Comparator.comparing(Route::pattern).thenComparing((route) -> route.method().name()));
		return routes;
	}

	private Set<Role> allowed(HttpMethod method, String pattern, HandlerMethod handler) {
		String path = pattern.replaceAll("\\{[^}]+}", "1");
		Set<Role> allowed = new java.util.HashSet<>();
		if (byUrl(method, path, null)) {
			allowed.add(null);
		}
		Set<Role> byAnnotation = byAnnotation(handler);
		for (Role role : Role.values()) {
			if (byUrl(method, path, role) && (byAnnotation == null || byAnnotation.contains(role))) {
				allowed.add(role);
			}
		}
		if (byAnnotation != null) {
			allowed.remove(null);
		}
		return allowed;
	}

	/**
	 * The roles a {@code hasRole}/{@code hasAnyRole} rule names; {@code null}: no rule.
	 */
	private static Set<Role> byAnnotation(HandlerMethod handler) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		if (rule == null || !rule.value().contains("Role")) {
			return null;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Matcher names = ROLE.matcher(rule.value());
		while (names.find()) {
			roles.add(Role.valueOf(names.group(1)));
		}
		return roles;
	}

	/** Asks the authorization rules of the security filter chain that serves the path. */
	private boolean byUrl(HttpMethod method, String path, Role role) {
		Authentication who = (role == null)
				? new AnonymousAuthenticationToken("matrix", "anonymous",
						AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
				: UsernamePasswordAuthenticationToken.authenticated("matrix", "n/a",
						AuthorityUtils.createAuthorityList(role.authority()));
		return PortalPages.allows(this.security, new MockHttpServletRequest(this.servletContext, method.name(), path),
				who);
	}

	/** Per table, its row count and a hash over its rows. */
	private Map<String, String> fingerprint() throws InterruptedException {
		waitForEventListeners();
		Map<String, String> tables = new TreeMap<>();
		for (String table : this.jdbc
			.sql("select table_name from information_schema.tables where table_schema = current_schema() "
					+ "and table_type = 'BASE TABLE'")
			.query(String.class)
			.list()) {
			if (!BOOKKEEPING.contains(table.toLowerCase(java.util.Locale.ROOT))) {
				tables.put(table,
						this.jdbc
							.sql("select count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) from \"" + table
									+ "\" t")
							.query(String.class)
							.single());
			}
		}
		return tables;
	}

	/**
	 * The fingerprint once work started before (reactions to earlier tests' events, a dry
	 * run of the page fixtures) has finished: the same twice in a row.
	 */
	private Map<String, String> settledFingerprint() throws InterruptedException {
		Map<String, String> previous = fingerprint();
		for (int i = 0; i < 30; i++) {
			Thread.sleep(500);
			Map<String, String> now = fingerprint();
			if (now.equals(previous)) {
				return now;
			}
			previous = now;
		}
		return previous;
	}

	/** Reactions to earlier tests' events finish before the tables are compared. */
	private void waitForEventListeners() throws InterruptedException {
		for (int i = 0; i < 100 && this.jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single() > 0; i++) {
			Thread.sleep(100);
		}
	}

	record Route(HttpMethod method, String pattern, Set<Role> allowed) {

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
