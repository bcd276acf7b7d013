package org.utilityportal.shared.web;

import java.util.Map;

import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;

/**
 * A block a module contributes to a landing page (a role's, or the public start page):
 * declare it as a bean. The page renders the fragment {@code panel(data)} of
 * {@link #template()} with the values of {@link #data(PortalPrincipal)}.
 */
public interface LandingPanel {

	/** Whose landing page shows it; {@code null} for the public start page. */
	Role role();

	/**
	 * The template that holds the fragment {@code panel(data)}, e.g.
	 * {@code notice/panels}.
	 */
	String template();

	/** Its position among the panels, smaller first. */
	int order();

	/**
	 * What the fragment shows, for this person ({@code null} on the public start page);
	 * an empty map leaves the panel out.
	 */
	Map<String, Object> data(PortalPrincipal principal);

	/**
	 * A panel from its parts.
	 * @param role whose landing page shows it, {@code null} for the public start page
	 * @param template the template holding the fragment {@code panel(data)}
	 * @param order its position
	 * @param data what it shows for a person (an empty map leaves it out)
	 */
	static LandingPanel of(Role role, String template, int order,
			java.util.function.Function<PortalPrincipal, Map<String, Object>> data) {
		return new LandingPanel() {

			@Override
			public Role role() {
				return role;
			}

			@Override
			public String template() {
				return template;
			}

			@Override
			public int order() {
				return order;
			}

			@Override
			public Map<String, Object> data(PortalPrincipal principal) {
				return data.apply(principal);
			}

		};
	}

	/** A panel ready to render: the template and its data. */
	record Rendered(String template, Map<String, Object> data) {
	}

}
