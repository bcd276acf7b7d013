package org.utilityportal.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.Setter;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.identity.PasswordChanges;
import org.utilityportal.identity.internal.SignedInPerson;
import org.utilityportal.shared.security.PortalPrincipal;

/** Every signed-in person changes their own password here. */
@Controller
@RequestMapping("/account/password")
@RequiredArgsConstructor
class PasswordController {

	private static final String FORM = "identity/password";

	private final PasswordChanges passwords;

	private final SignedInPerson signedIn;

	@GetMapping
	String form(@ModelAttribute("passwordForm") PasswordForm form) {
		return FORM;
	}

	@PostMapping
	String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal principal, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			this.passwords.change(principal.userId(), form.getCurrentPassword(), form.getNewPassword(),
					form.getConfirmPassword(), request.getSession().getId(), result);
		}
		if (result.hasErrors()) {
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			form.setConfirmPassword(null);
			return FORM;
		}
		// The session may hold a temporary password's "must change" mark: read the person
		// again.
		this.signedIn.refresh(principal.userId(), request, response);
		redirect.addFlashAttribute("notice", "password.notice.changed");
		return "redirect:/home";
	}

	/** The three fields of the form. */
	@Getter
	@Setter
	static class PasswordForm {

		@NotBlank
		@Size(max = 128)
		private String currentPassword;

		@NotBlank
		@Size(max = 128)
		private String newPassword;

		@NotBlank
		@Size(max = 128)
		private String confirmPassword;

	}

}
