package org.utilityportal.identity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security handles its POST. */
@Controller
class SignInController {

	private final long lockMinutes;

	SignInController(@Value("${portal.security.lockout.duration:15m}") java.time.Duration lockDuration) {
		this.lockMinutes = lockDuration.toMinutes();
	}

	@GetMapping("/login")
	String signIn(@RequestParam(name = "error", required = false) String error, Authentication authentication,
			Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/home";
		}
		model.addAttribute("error", switch (String.valueOf(error)) {
			case "locked" -> "signIn.error.locked";
			case "disabled" -> "signIn.error.disabled";
			case "null" -> null;
			default -> "signIn.error.bad";
		});
		model.addAttribute("lockMinutes", this.lockMinutes);
		return "identity/sign-in";
	}

}
