package org.utilityportal.notification.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** The inbox in every role's menu. */
@Configuration(proxyBeanMethods = false)
class InboxMenu {

	@Bean
	MenuEntry customerInbox() {
		return entry(Role.CUSTOMER);
	}

	@Bean
	MenuEntry counterInbox() {
		return entry(Role.COUNTER);
	}

	@Bean
	MenuEntry supervisorInbox() {
		return entry(Role.SUPERVISOR);
	}

	@Bean
	MenuEntry adminInbox() {
		return entry(Role.ADMIN);
	}

	private static MenuEntry entry(Role role) {
		return new MenuEntry(role, "/inbox", "menu.inbox", "menu.inbox.description", 700);
	}

}
