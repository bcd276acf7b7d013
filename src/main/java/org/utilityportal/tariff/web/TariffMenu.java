package org.utilityportal.tariff.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** Tariffs in the administrators' menu. */
@Configuration(proxyBeanMethods = false)
class TariffMenu {

	@Bean
	MenuEntry adminTariffs() {
		return new MenuEntry(Role.ADMIN, "/admin/tariffs", "menu.tariffs", "menu.tariffs.description", 10);
	}

}
