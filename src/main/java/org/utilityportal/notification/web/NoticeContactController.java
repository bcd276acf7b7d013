package org.utilityportal.notification.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
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
import org.utilityportal.notification.NoticeContacts;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Everyone signed in records where their notices go: an e-mail address, a mobile number.
 */
@Controller
@RequestMapping("/account/notices")
@RequiredArgsConstructor
class NoticeContactController {

	private static final String FORM = "notification/contact";

	private final NoticeContacts contacts;

	@GetMapping
	String form(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("contactForm") ContactForm form) {
		NoticeContacts.NoticeContact contact = this.contacts.of(me.userId());
		form.setEmail(contact.email());
		form.setMobile(contact.mobile());
		return FORM;
	}

	@PostMapping
	String save(@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal me, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		this.contacts.save(me.userId(), form.getEmail(), form.getMobile());
		redirect.addFlashAttribute("notice", "noticeContact.saved");
		return "redirect:/account/notices";
	}

	/** The two addresses; blank removes one. */
	@Getter
	@Setter
	static class ContactForm {

		@Email(regexp = ".+@.+\\..+", message = "{noticeContact.invalidEmail}")
		@Size(max = 200)
		private String email;

		@Pattern(regexp = "|1[3-9][0-9]{9}", message = "{noticeContact.invalidMobile}")
		private String mobile;

	}

}
