package org.utilityportal.customer.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.customer.RegistrationForm;
import org.utilityportal.customer.SelfService;

/** Online registration for customers who already hold an account. */
@Controller
@RequestMapping("/register")
@RequiredArgsConstructor
class RegistrationController {

	private static final String FORM = "customer/register";

	private final SelfService selfService;

	@GetMapping
	String form(@ModelAttribute("registrationForm") RegistrationForm form) {
		return FORM;
	}

	@PostMapping
	String register(@Valid @ModelAttribute("registrationForm") RegistrationForm form, BindingResult result,
			RedirectAttributes redirect) {
		boolean registered;
		try {
			registered = this.selfService.register(form, result);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone registered the same name, or the same customer, at the same moment.
			result.rejectValue("username", "validation.username.taken");
			registered = false;
		}
		if (!registered) {
			form.setPassword(null);
			form.setConfirmPassword(null);
			return FORM;
		}
		redirect.addFlashAttribute("notice", "register.notice.done");
		return "redirect:/login";
	}

}
