package org.utilityportal.customer.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

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
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.customer.ProfileForm;
import org.utilityportal.customer.SelfService;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * A customer's own accounts and contact details. The customer comes from the session,
 * never from the URL; an account number that is not theirs answers 404.
 */
@Controller
@RequestMapping("/my")
@RequiredArgsConstructor
class MyAccountsController {

	private static final String PROFILE = "customer/my-profile";

	private final ServiceAccounts accounts;

	private final CustomerRecords records;

	private final SelfService selfService;

	@GetMapping("/accounts")
	String accounts(@AuthenticationPrincipal PortalPrincipal customer, Model model) {
		model.addAttribute("accounts", this.accounts.ofCustomer(customer.requireCustomerId()));
		return "customer/my-accounts";
	}

	@GetMapping("/accounts/{accountNumber}")
	String account(@PathVariable String accountNumber, @AuthenticationPrincipal PortalPrincipal customer, Model model) {
		model.addAttribute("account", this.accounts.ownedBy(customer.requireCustomerId(), accountNumber));
		return "customer/my-account";
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal PortalPrincipal customer, Model model) {
		long customerId = customer.requireCustomerId();
		model.addAttribute("profileForm", this.selfService.profileForm(customerId));
		model.addAttribute("customer", this.records.details(customerId));
		return PROFILE;
	}

	@PostMapping("/profile")
	String saveProfile(@Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal customer, Model model, RedirectAttributes redirect) {
		long customerId = customer.requireCustomerId();
		if (!result.hasErrors()) {
			try {
				this.selfService.updateProfile(customerId, form, customer.username());
				redirect.addFlashAttribute("notice", "profile.notice.saved");
				return "redirect:/my/profile";
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		model.addAttribute("customer", this.records.details(customerId));
		return PROFILE;
	}

}
