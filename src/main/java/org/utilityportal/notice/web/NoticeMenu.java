package org.utilityportal.notice.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.notice.AffectedNotice;
import org.utilityportal.notice.Notices;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.LandingPanel;
import org.utilityportal.shared.web.MenuEntry;

/**
 * Notices in the administrators' and counter staff's menus, and as panels on the public
 * start page (the current notices and a link to all) and on the customer's landing page
 * (the notices affecting their accounts).
 */
@Configuration(proxyBeanMethods = false)
class NoticeMenu {

	/** How many notices the start page's panel lists. */
	static final int START_PAGE_NOTICES = 5;

	@Bean
	MenuEntry adminNotices() {
		return new MenuEntry(Role.ADMIN, "/admin/notices", "menu.notices", "menu.notices.description", 40);
	}

	@Bean
	MenuEntry counterNotices() {
		return new MenuEntry(Role.COUNTER, "/counter/notices", "menu.notices", "menu.notices.counter.description", 60);
	}

	@Bean
	LandingPanel publicNoticesPanel(Notices notices, Clock clock) {
		return new LandingPanel() {

			@Override
			public Role role() {
				return null;
			}

			@Override
			public String template() {
				return "notice/start-panel";
			}

			@Override
			public int order() {
				return 10;
			}

			@Override
			public Map<String, Object> data(PortalPrincipal principal) {
				return Map.of("items", notices.published(null, null, START_PAGE_NOTICES), "now", clock.instant());
			}

		};
	}

	@Bean
	LandingPanel myNoticesPanel(Notices notices, Clock clock) {
		return new LandingPanel() {

			@Override
			public Role role() {
				return Role.CUSTOMER;
			}

			@Override
			public String template() {
				return "notice/my-panel";
			}

			@Override
			public int order() {
				return 10;
			}

			@Override
			public Map<String, Object> data(PortalPrincipal principal) {
				List<AffectedNotice> affected = notices.affecting(principal.requireCustomerId());
				return Map.of("items", affected, "now", clock.instant());
			}

		};
	}

}
