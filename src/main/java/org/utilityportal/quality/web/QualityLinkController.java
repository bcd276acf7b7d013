package org.utilityportal.quality.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;

/**
 * {@code /inspections/{id}} and {@code /actions/{id}} (the links in notices) open the
 * page of the reader's role.
 */
@Controller
class QualityLinkController {

	@GetMapping("/inspections/{id}")
	String inspection(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal principal) {
		return redirect(principal, "/inspections/" + id);
	}

	@GetMapping("/actions/{id}")
	String action(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal principal) {
		return redirect(principal, "/actions/" + id);
	}

	private static String redirect(PortalPrincipal principal, String path) {
		boolean staff = principal.role() == Role.COUNTER || principal.role() == Role.SUPERVISOR;
		return staff ? "redirect:" + principal.role().home() + path : "redirect:/home";
	}

}
