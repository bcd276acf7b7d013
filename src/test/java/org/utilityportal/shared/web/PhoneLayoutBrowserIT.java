package org.utilityportal.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;
import org.utilityportal.support.PageLayout;
import org.utilityportal.support.PortalPages;
import org.utilityportal.support.PortalPages.Page;
import org.utilityportal.support.PortalPages.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a customer opens (bills, payment, cases, orders, notices, accounts, and the
 * public pages) on phones from 360 to 412 px wide, in both languages: nothing scrolls
 * sideways and everything a finger taps is at least 44 × 44 px. With the menu unfolded
 * too.
 */
class PhoneLayoutBrowserIT extends BrowserTest {

	@Autowired
	private PortalPages pages;

	@ParameterizedTest
	@EnumSource(names = { "CUSTOMER", "ANONYMOUS" })
	void everyCustomerPageFitsAPhone(Visitor visitor) {
		List<String> paths = this.pages.of(visitor).stream().map(Page::path).toList();
		if (visitor.username() != null) {
			signIn(visitor.username(), DEMO_PASSWORD);
		}
		List<String> problems = new ArrayList<>();
		try {
			for (String language : List.of("zh-CN", "en")) {
				this.browser.get(url("/?lang=" + language));
				for (int width : List.of(360, 412)) {
					Browser.phone(width);
					for (String path : paths) {
						this.browser.get(url(path));
						check(language + " " + width + " px " + path, problems);
					}
				}
			}
			if (visitor.username() != null) {
				Browser.phone(360);
				this.browser.get(url("/my/bills"));
				this.browser.findElement(By.cssSelector(".portal-toggler")).click();
				waitFor(By.cssSelector("#portal-nav.show"));
				check("the unfolded menu", problems);
				Browser.screenshot("phone-menu-customer");
			}
		}
		finally {
			Browser.desktop();
		}
		assertThat(problems).as("%d pages of %s at 360 and 412 px", paths.size(), visitor).isEmpty();
	}

	private void check(String where, List<String> problems) {
		long overflow = PageLayout.horizontalOverflow(this.browser);
		if (overflow > 0) {
			problems.add(where + ": scrolls " + overflow + " px sideways because of "
					+ PageLayout.widerThanTheWindow(this.browser));
		}
		PageLayout.smallTapTargets(this.browser).forEach((target) -> problems.add(where + ": small " + target));
	}

}
