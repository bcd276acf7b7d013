package org.utilityportal.customer.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.customer.OnlineRegistration;
import org.utilityportal.customer.OnlineRegistration.CodeRequest;
import org.utilityportal.customer.PendingRegistration;
import org.utilityportal.customer.RegistrationForm;
import org.utilityportal.customer.RegistrationStartForm;

/**
 * Online registration for customers who already hold an account: the account number
 * first, then the code sent to the mobile number on file with the chosen name and
 * password. The registration under way lives in the visitor's session.
 */
@Controller
@RequestMapping("/register")
@RequiredArgsConstructor
class RegistrationController {

	private static final String START = "customer/register";

	private static final String CODE = "customer/register-code";

	private static final String PENDING = RegistrationController.class.getName() + ".pending";

	private final OnlineRegistration registration;

	@GetMapping
	String start(@ModelAttribute("registrationStartForm") RegistrationStartForm form) {
		return START;
	}

	@PostMapping
	String requestCode(@Valid @ModelAttribute("registrationStartForm") RegistrationStartForm form, BindingResult result,
			HttpServletRequest request, Locale locale) {
		if (result.hasErrors()) {
			return START;
		}
		CodeRequest answer = this.registration.requestCode(form.getAccountNumber(), request.getRemoteAddr(), locale);
		if (answer.refused()) {
			result.reject("register.error.wait", new Object[] { (answer.retryAfter().toSeconds() + 59) / 60 }, null);
			return START;
		}
		request.getSession().setAttribute(PENDING, answer.pending());
		return "redirect:/register/code";
	}

	@GetMapping("/code")
	String codeForm(@ModelAttribute("registrationForm") RegistrationForm form, HttpSession session) {
		return (session.getAttribute(PENDING) != null) ? CODE : "redirect:/register";
	}

	@PostMapping("/code")
	String register(@Valid @ModelAttribute("registrationForm") RegistrationForm form, BindingResult result,
			HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING) instanceof PendingRegistration pending)) {
			return "redirect:/register";
		}
		boolean registered = false;
		try {
			registered = this.registration.register(pending, form, request.getRemoteAddr(), result);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone registered the same name, or the same customer, at the same moment.
			result.rejectValue("username", "validation.username.taken");
		}
		catch (OptimisticLockingFailureException ex) {
			// Two tries at the same code at once: one of them counts, the other is
			// refused.
			result.reject("register.error.noMatch");
		}
		if (!registered) {
			form.setPassword(null);
			form.setConfirmPassword(null);
			return CODE;
		}
		session.removeAttribute(PENDING);
		redirect.addFlashAttribute("notice", "register.notice.done");
		return "redirect:/login";
	}

}
