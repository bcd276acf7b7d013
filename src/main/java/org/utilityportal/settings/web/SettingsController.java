package org.utilityportal.settings.web;

import lombok.RequiredArgsConstructor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.settings.Setting;
import org.utilityportal.settings.Settings;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/**
 * Administrators: every configurable default with its value, default and changes; a
 * change is in force at once. A value that is not valid is refused next to its field.
 */
@Controller
@RequestMapping("/admin/settings")
@RequiredArgsConstructor
class SettingsController {

	private final Settings settings;

	@GetMapping
	String list(Model model) {
		model.addAttribute("settings", this.settings.all());
		return "settings/list";
	}

	@PostMapping("/{setting}")
	String change(@PathVariable Setting setting, @RequestParam String value, @RequestParam long version,
			@AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
		String refusal;
		try {
			refusal = this.settings.change(setting, value, version, admin);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
			return "redirect:/admin/settings";
		}
		if (refusal != null) {
			model.addAttribute("invalid", setting);
			model.addAttribute("invalidValue", value);
			model.addAttribute("invalidKey", refusal);
			return list(model);
		}
		redirect.addFlashAttribute("notice", "setting.notice.saved");
		return "redirect:/admin/settings";
	}

	/** The settings page in the administrators' menu. */
	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		MenuEntry adminSettings() {
			return new MenuEntry(Role.ADMIN, "/admin/settings", "menu.settings", "menu.settings.description", 45);
		}

	}

}
