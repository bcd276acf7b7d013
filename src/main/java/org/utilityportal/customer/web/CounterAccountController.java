package org.utilityportal.customer.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.customer.CloseAccountForm;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.customer.ServiceAccountForm;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.security.PortalPrincipal;

/** Adding, editing and closing service accounts at the counter. */
@Controller
@RequestMapping("/counter")
@RequiredArgsConstructor
class CounterAccountController {

	private static final String FORM = "customer/account-form";

	private final ServiceAccounts accounts;

	private final CustomerRecords records;

	@GetMapping("/customers/{customerId}/accounts/new")
	String openForm(@PathVariable long customerId, @RequestParam(defaultValue = "ELECTRICITY") Utility utility,
			@AuthenticationPrincipal PortalPrincipal staff, Model model) {
		ServiceAccountForm form = new ServiceAccountForm();
		form.setUtility(utility);
		return form(customerId, null, form, new CloseAccountForm(), staff, model);
	}

	@PostMapping("/customers/{customerId}/accounts")
	String open(@PathVariable long customerId, @Valid @ModelAttribute("accountForm") ServiceAccountForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal staff, Model model,
			RedirectAttributes redirect) {
		this.accounts.validate(form, null, result);
		if (!result.hasErrors()) {
			try {
				this.accounts.open(customerId, form, staff);
				redirect.addFlashAttribute("notice", "account.notice.opened");
				return "redirect:/counter/customers/" + customerId + "#accounts";
			}
			catch (DataIntegrityViolationException ex) {
				// The meter or card was put on another open account a moment ago.
				this.accounts.validate(form, null, result);
			}
		}
		return form(customerId, null, form, new CloseAccountForm(), staff, model);
	}

	@GetMapping("/accounts/{accountId}/edit")
	String editForm(@PathVariable long accountId, @AuthenticationPrincipal PortalPrincipal staff, Model model) {
		ServiceAccountView account = this.accounts.view(accountId);
		CloseAccountForm close = new CloseAccountForm();
		close.setVersion(account.version());
		return form(account.customerId(), account, this.accounts.editForm(accountId), close, staff, model);
	}

	@PostMapping("/accounts/{accountId}")
	String update(@PathVariable long accountId, @Valid @ModelAttribute("accountForm") ServiceAccountForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal staff, Model model,
			RedirectAttributes redirect) {
		ServiceAccountView account = this.accounts.view(accountId);
		form.setUtility(account.utility());
		this.accounts.validate(form, accountId, result);
		if (!result.hasErrors()) {
			try {
				this.accounts.update(accountId, form, staff);
				redirect.addFlashAttribute("notice", "account.notice.saved");
				return "redirect:/counter/customers/" + account.customerId() + "#accounts";
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
			catch (DataIntegrityViolationException ex) {
				this.accounts.validate(form, accountId, result);
			}
		}
		CloseAccountForm close = new CloseAccountForm();
		close.setVersion(account.version());
		return form(account.customerId(), account, form, close, staff, model);
	}

	@PostMapping("/accounts/{accountId}/close")
	String close(@PathVariable long accountId, @Valid @ModelAttribute("closeForm") CloseAccountForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal staff, Model model,
			RedirectAttributes redirect) {
		ServiceAccountView account = this.accounts.view(accountId);
		if (!result.hasErrors()) {
			try {
				if (this.accounts.close(accountId, form, staff, result)) {
					redirect.addFlashAttribute("notice", "account.notice.closed");
					return "redirect:/counter/customers/" + account.customerId() + "#accounts";
				}
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		return form(account.customerId(), account, this.accounts.editForm(accountId), form, staff, model);
	}

	@PostMapping("/accounts/{accountId}/transfer")
	String transfer(@PathVariable long accountId, @Valid @ModelAttribute("closeForm") CloseAccountForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal staff, Model model,
			RedirectAttributes redirect) {
		ServiceAccountView account = this.accounts.view(accountId);
		if (form.getNewOwnerIdNumber() == null || form.getNewOwnerIdNumber().isBlank()) {
			result.rejectValue("newOwnerIdNumber", "validation.required");
		}
		if (!result.hasErrors()) {
			try {
				Long successor = this.accounts.transfer(accountId, form, staff, result);
				if (successor != null) {
					redirect.addFlashAttribute("notice", "transfer.notice.done");
					return "redirect:/counter/customers/" + this.accounts.view(successor).customerId() + "#accounts";
				}
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		model.addAttribute("transferring", true);
		return form(account.customerId(), account, this.accounts.editForm(accountId), form, staff, model);
	}

	private String form(long customerId, ServiceAccountView account, ServiceAccountForm form,
			CloseAccountForm closeForm, PortalPrincipal staff, Model model) {
		model.addAttribute("customer", this.records.viewedBy(customerId, staff, AccessChannel.WEB, "account form"));
		model.addAttribute("account", account);
		model.addAttribute("accountForm", form);
		if (!model.containsAttribute("closeForm")) {
			model.addAttribute("closeForm", closeForm);
		}
		return FORM;
	}

}
