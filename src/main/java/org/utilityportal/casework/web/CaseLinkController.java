package org.utilityportal.casework.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;

/**
 * {@code /cases/{number}} (the link in notices) opens the case page of the reader's role.
 */
@Controller
class CaseLinkController {

	@GetMapping("/cases/{number}")
	String open(@PathVariable String number, @AuthenticationPrincipal PortalPrincipal principal) {
		String base = (principal.role() == Role.ADMIN) ? Role.SUPERVISOR.home() : principal.role().home();
		if (principal.role() == Role.ADMIN) {
			return "redirect:/home";
		}
		return "redirect:" + base + "/cases/" + number.replaceAll("[^A-Z0-9]", "");
	}

}
