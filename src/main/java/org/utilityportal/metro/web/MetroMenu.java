package org.utilityportal.metro.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** The metro's menu items. */
@Configuration(proxyBeanMethods = false)
class MetroMenu {

	@Bean
	MenuEntry metroFaresMenu() {
		return new MenuEntry(Role.ADMIN, "/admin/metro/fares", "menu.metroFares", "menu.metroFares.description", 15);
	}

}
