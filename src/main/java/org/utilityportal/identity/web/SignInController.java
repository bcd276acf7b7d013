package org.utilityportal.identity.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security handles its POST. */
@Controller
class SignInController {

	/** Longest wait shown (a day): the number comes from the address bar. */
	private static final long MAX_WAIT_SECONDS = 86_400;

	@GetMapping("/login")
	String signIn(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "seconds", required = false) Long seconds, Authentication authentication,
			Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/home";
		}
		model.addAttribute("error", switch (String.valueOf(error)) {
			case "wait" -> "signIn.error.wait";
			case "disabled" -> "signIn.error.disabled";
			case "null" -> null;
			default -> "signIn.error.bad";
		});
		long wait = (seconds != null) ? Math.clamp(seconds, 1, MAX_WAIT_SECONDS) : 1;
		model.addAttribute("waitSeconds", wait);
		return "identity/sign-in";
	}

}
