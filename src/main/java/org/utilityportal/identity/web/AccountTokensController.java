package org.utilityportal.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.Setter;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.identity.ApiTokens;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Everyone signed in makes and revokes their own personal API tokens here (the person
 * menu's "API tokens"). A new token is shown once, on the page the creation leads to. The
 * page also lists when each token was made and revoked, and by whom.
 */
@Controller
@RequestMapping("/account/tokens")
@RequiredArgsConstructor
class AccountTokensController {

	private static final String PAGE = "identity/tokens";

	private final ApiTokens tokens;

	@GetMapping
	String page(@ModelAttribute("tokenForm") TokenForm form, @AuthenticationPrincipal PortalPrincipal me, Model model) {
		return page(me, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal me, Model model, RedirectAttributes redirect) {
		if (form.getValidDays() != null && !ApiTokens.VALIDITY_DAYS.contains(form.getValidDays())) {
			result.rejectValue("validDays", "validation.tokenDays");
		}
		if (result.hasErrors()) {
			return page(me, model);
		}
		ApiTokens.IssuedToken issued = this.tokens.issue(me.userId(), form.getName(), form.getValidDays());
		redirect.addFlashAttribute("newToken", issued.secret());
		return "redirect:/account/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal me, RedirectAttributes redirect) {
		this.tokens.revoke(me.userId(), id, me.username());
		redirect.addFlashAttribute("notice", "tokens.revoked");
		return "redirect:/account/tokens";
	}

	private String page(PortalPrincipal me, Model model) {
		model.addAttribute("tokens", this.tokens.of(me.userId()));
		model.addAttribute("tokenHistory", this.tokens.history(me.userId()));
		model.addAttribute("validities", ApiTokens.VALIDITY_DAYS);
		return PAGE;
	}

	/** A new token: what it is for and how many days it is valid. */
	@Getter
	@Setter
	static class TokenForm {

		@NotBlank(message = "{validation.tokenName}")
		@Size(max = 60, message = "{validation.tokenName}")
		private String name;

		@NotNull(message = "{validation.tokenDays}")
		private Integer validDays = 90;

	}

}
