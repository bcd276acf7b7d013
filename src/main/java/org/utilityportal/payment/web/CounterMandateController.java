package org.utilityportal.payment.web;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.payment.Mandates;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * A clerk records a direct-debit mandate for an account (a supervisor approves it) or
 * cancels one.
 */
@Controller
@RequestMapping("/counter/accounts/{accountId}/direct-debit")
@RequiredArgsConstructor
class CounterMandateController {

	private final Mandates mandates;

	private final ServiceAccounts accounts;

	private final CustomerRecords customers;

	@GetMapping
	String page(@PathVariable long accountId, @AuthenticationPrincipal PortalPrincipal clerk, Model model) {
		ServiceAccountView account = this.accounts.view(accountId);
		model.addAttribute("account", account);
		model.addAttribute("customer",
				this.customers.viewedBy(account.customerId(), clerk, AccessChannel.WEB, "direct debit " + accountId));
		model.addAttribute("mandates", this.mandates.ofAccount(accountId));
		model.addAttribute("banks", Mandates.BANKS.stream().sorted().toList());
		return "payment/mandates-account";
	}

	@PostMapping
	String request(@PathVariable long accountId, @RequestParam(defaultValue = "") String bankCode,
			@RequestParam(defaultValue = "") String bankAccount, @RequestParam(defaultValue = "") String holderName,
			@AuthenticationPrincipal PortalPrincipal clerk, Model model, RedirectAttributes redirect) {
		String account = bankAccount.replaceAll("\\s", "");
		String holder = holderName.strip();
		boolean bankOk = Mandates.BANKS.contains(bankCode);
		boolean accountOk = account.matches("[0-9]{8,34}");
		boolean holderOk = !holder.isEmpty() && holder.length() <= 100 && !holder.contains("|");
		if (!bankOk || !accountOk || !holderOk) {
			model.addAttribute("bankCodeError", bankOk ? null : "mandate.error.bank");
			model.addAttribute("bankAccountError", accountOk ? null : "mandate.error.bankAccount");
			model.addAttribute("holderNameError", holderOk ? null : "mandate.error.holder");
			model.addAttribute("form",
					java.util.Map.of("bankCode", bankCode, "bankAccount", bankAccount, "holderName", holderName));
			return page(accountId, clerk, model);
		}
		String refusal = this.mandates.request(accountId, bankCode, account, holder, clerk.username());
		redirect.addFlashAttribute((refusal != null) ? "problem" : "notice",
				(refusal != null) ? refusal : "mandate.notice.requested");
		return "redirect:/counter/accounts/" + accountId + "/direct-debit";
	}

	@PostMapping("/{mandateId}/cancel")
	String cancel(@PathVariable long accountId, @PathVariable long mandateId, @RequestParam long version,
			@AuthenticationPrincipal PortalPrincipal clerk, RedirectAttributes redirect) {
		try {
			this.mandates.cancel(mandateId, version, clerk.username());
			redirect.addFlashAttribute("notice", "mandate.notice.cancelled");
		}
		catch (StaleEditException | IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
		}
		return "redirect:/counter/accounts/" + accountId + "/direct-debit";
	}

}
