package org.utilityportal.support;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.ServletContext;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.utilityportal.shared.security.Role;

/**
 * Every page of the portal, read from the application's own request mappings, with who
 * opens it: a page is a {@code GET} handler of a {@code @Controller} that renders a view
 * (returns a view name or a {@code ModelAndView}), without request-parameter conditions,
 * outside {@code /api} and {@code /error}. Who may open it is asked of Spring Security's
 * own rules (the authorization filter of the chain that serves the page); a page
 * anonymous visitors may open is visited anonymously, any other by every role allowed.
 * <p>
 * A path with variables ({@code /my/bills/{billNumber}}) is visited with a representative
 * from the demo data, found by the query in {@link PageExamples}; a new page with
 * variables and no example there makes {@link #all()} fail, saying which one needs an
 * example. A page without variables needs nothing: it is visited as soon as it is mapped.
 */
public final class PortalPages {

	/** Someone who opens pages: anonymous, or a demo user of a role. */
	public enum Visitor {

		ANONYMOUS(null, null), CUSTOMER("customer1", Role.CUSTOMER), COUNTER("counter1", Role.COUNTER),
		SUPERVISOR("supervisor1", Role.SUPERVISOR), ADMIN("admin1", Role.ADMIN);

		private final String username;

		private final Role role;

		Visitor(String username, Role role) {
			this.username = username;
			this.role = role;
		}

		/** The demo user name, {@code null} for an anonymous visitor. */
		public String username() {
			return this.username;
		}

		Authentication authentication() {
			if (this.role == null) {
				return new AnonymousAuthenticationToken("pages", "anonymous",
						AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
			}
			return UsernamePasswordAuthenticationToken.authenticated(this.username, "n/a",
					AuthorityUtils.createAuthorityList(this.role.authority()));
		}

	}

	/**
	 * One page to visit.
	 *
	 * @param pattern the request mapping, such as {@code /my/bills/{billNumber}}
	 * @param path the path visited, with the variables filled in
	 * @param visitor who visits it
	 */
	public record Page(String pattern, String path, Visitor visitor) {

	}

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

	private final RequestMappingHandlerMapping mappings;

	private final FilterChainProxy security;

	private final JdbcClient jdbc;

	private final ServletContext servletContext;

	private final PageFixtures fixtures;

	public PortalPages(RequestMappingHandlerMapping mappings, FilterChainProxy security, JdbcClient jdbc,
			ServletContext servletContext, PageFixtures fixtures) {
		this.fixtures = fixtures;
		this.mappings = mappings;
		this.security = security;
		this.jdbc = jdbc;
		this.servletContext = servletContext;
	}

	/** Every page with every visitor who opens it, in path order. */
	public List<Page> all() {
		this.fixtures.ensure();
		List<Page> pages = new ArrayList<>();
		List<String> withoutExample = new ArrayList<>();
		for (String pattern : patterns()) {
			String path = fill(pattern);
			if (path == null) {
				withoutExample.add(pattern);
				continue;
			}
			visitors(path).forEach((visitor) -> pages.add(new Page(pattern, path, visitor)));
		}
		if (!withoutExample.isEmpty()) {
			throw new IllegalStateException("These pages need a representative in PageExamples (a query "
					+ "that finds one in the demo data): " + withoutExample);
		}
		pages.sort(Comparator.comparing(Page::path).thenComparing(Page::visitor));
		return pages;
	}

	/** The pages a visitor opens. */
	public List<Page> of(Visitor visitor) {
		return all().stream().filter((page) -> page.visitor() == visitor).toList();
	}

	private List<String> patterns() {
		List<String> patterns = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			if (isPage(info, entry.getValue()) && info.getPathPatternsCondition() != null) {
				info.getPathPatternsCondition()
					.getPatternValues()
					.stream()
					.filter((pattern) -> !pattern.startsWith("/api") && !pattern.startsWith("/error"))
					.filter((pattern) -> !pattern.endsWith(".pdf") && !pattern.endsWith(".csv"))
					.forEach(patterns::add);
			}
		}
		return patterns.stream().distinct().sorted().toList();
	}

	private static boolean isPage(RequestMappingInfo info, HandlerMethod handler) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
		Method method = handler.getMethod();
		boolean rendersView = method.getReturnType() == String.class || method.getReturnType() == ModelAndView.class;
		boolean body = AnnotatedElementUtils.hasAnnotation(method, ResponseBody.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
		boolean html = info.getProducesCondition().isEmpty() || info.getProducesCondition()
			.getProducibleMediaTypes()
			.stream()
			.anyMatch(MediaType.TEXT_HTML::isCompatibleWith);
		return get && rendersView && !body && html && info.getParamsCondition().isEmpty();
	}

	/**
	 * The path visited for a pattern: its example, else the pattern when it has no
	 * variables.
	 */
	private String fill(String pattern) {
		String example = PageExamples.find(pattern, this.jdbc);
		if (example != null) {
			return example;
		}
		return VARIABLE.matcher(pattern).find() ? null : pattern;
	}

	private Set<Visitor> visitors(String path) {
		if (allowed(path, Visitor.ANONYMOUS)) {
			return EnumSet.of(Visitor.ANONYMOUS);
		}
		Set<Visitor> visitors = EnumSet.noneOf(Visitor.class);
		for (Visitor visitor : Visitor.values()) {
			if (visitor != Visitor.ANONYMOUS && allowed(path, visitor)) {
				visitors.add(visitor);
			}
		}
		return visitors;
	}

	/** Asks the authorization rules of the security filter chain that serves the path. */
	private boolean allowed(String path, Visitor visitor) {
		MockHttpServletRequest request = new MockHttpServletRequest(this.servletContext, "GET",
				path.replaceFirst("\\?.*", ""));
		return allows(this.security, request, visitor.authentication());
	}

	/**
	 * Whether the authorization rules of the security filter chain that serves a request
	 * let someone in (the URL rules only; method security is the handler's).
	 */
	public static boolean allows(FilterChainProxy security, MockHttpServletRequest request, Authentication who) {
		for (SecurityFilterChain chain : security.getFilterChains()) {
			if (chain.matches(request)) {
				return chain.getFilters()
					.stream()
					.filter(AuthorizationFilter.class::isInstance)
					.map((filter) -> ((AuthorizationFilter) filter).getAuthorizationManager()
						.authorize(() -> who, request))
					.allMatch((result) -> result == null || result.isGranted());
			}
		}
		return true;
	}

}
