package org.utilityportal.home.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** Menu entries for pages this module and the platform provide. */
@Configuration(proxyBeanMethods = false)
class HomeMenu {

	@Bean
	MenuEntry counterApiDocs() {
		return apiDocs(Role.COUNTER);
	}

	@Bean
	MenuEntry supervisorApiDocs() {
		return apiDocs(Role.SUPERVISOR);
	}

	@Bean
	MenuEntry adminApiDocs() {
		return apiDocs(Role.ADMIN);
	}

	@Bean
	MenuEntry adminHealth() {
		return new MenuEntry(Role.ADMIN, "/actuator/health", "menu.health", "menu.health.description", 990);
	}

	private static MenuEntry apiDocs(Role role) {
		return new MenuEntry(role, "/swagger-ui/index.html", "menu.apiDocs", "menu.apiDocs.description", 1000);
	}

}
