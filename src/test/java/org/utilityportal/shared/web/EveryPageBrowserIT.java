package org.utilityportal.shared.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.support.Accessibility;
import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;
import org.utilityportal.support.PageLayout;
import org.utilityportal.support.PortalPages;
import org.utilityportal.support.PortalPages.Page;
import org.utilityportal.support.PortalPages.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every role ({@link PortalPages}: read from the request mappings, so a new
 * page is checked as soon as it is mapped), in both languages, at the desktop width of
 * 1280 px and a phone's 375 px: no WCAG 2.1 A/AA violation axe-core can find, no chart
 * that makes the page taller than it needs, and the page itself rather than an error
 * page. The error pages are visited too. All problems of a visitor are reported at once.
 */
class EveryPageBrowserIT extends BrowserTest {

	private static final List<String> LANGUAGES = List.of("zh-CN", "en");

	private static final int PHONE = 375;

	@Autowired
	private PortalPages pages;

	@ParameterizedTest
	@EnumSource(Visitor.class)
	void everyPageIsAccessibleInBothLanguagesOnDesktopAndPhone(Visitor visitor) {
		List<String> paths = new ArrayList<>(this.pages.of(visitor).stream().map(Page::path).toList());
		paths.addAll(errorPages(visitor));
		if (visitor.username() != null) {
			signIn(visitor.username(), DEMO_PASSWORD);
		}
		List<String> problems = new ArrayList<>();
		Set<String> checked = new HashSet<>();
		try {
			for (String language : LANGUAGES) {
				this.browser.get(url("/?lang=" + language));
				for (String path : paths) {
					Browser.desktop();
					this.browser.get(url(path));
					check(path, language + " desktop ", checked, problems);
					// The same page on a phone: the viewport changes, the layout follows
					// (the
					// phone test loads every customer page at phone widths itself).
					Browser.phone(PHONE);
					check(path, language + " phone ", checked, problems);
				}
			}
		}
		finally {
			Browser.desktop();
		}
		assertThat(problems).as("%s: %d pages checked", visitor, checked.size()).isEmpty();
	}

	private void check(String path, String where, Set<String> checked, List<String> problems) {
		String shown = this.browser.getCurrentUrl();
		String error = PageLayout.errorStatus(this.browser);
		if (error != null && !path.startsWith("/no-such-page") && !path.equals(FORBIDDEN)) {
			problems.add(where + path + ": shows the error page " + error);
		}
		if (!checked.add(where + shown)) {
			return;
		}
		Accessibility.violations(this.browser).forEach((violation) -> problems.add(where + path + ": " + violation));
		PageLayout.chartProblems(this.browser).forEach((problem) -> problems.add(where + path + ": " + problem));
		long overflow = PageLayout.horizontalOverflow(this.browser);
		if (where.contains("desktop") && overflow > 0) {
			problems.add(where + path + ": scrolls " + overflow + " px sideways because of "
					+ PageLayout.widerThanTheWindow(this.browser));
		}
	}

	private static final String FORBIDDEN = "/counter";

	/** The not-found page for everyone, and the forbidden page for a customer. */
	private static List<String> errorPages(Visitor visitor) {
		return (visitor == Visitor.CUSTOMER) ? List.of("/no-such-page", FORBIDDEN) : List.of("/no-such-page");
	}

}
