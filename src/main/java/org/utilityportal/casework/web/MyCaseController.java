package org.utilityportal.casework.web;

import java.time.LocalDateTime;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.CaseReads;
import org.utilityportal.casework.CaseWork;
import org.utilityportal.casework.IntakeForm;
import org.utilityportal.casework.VisitForm;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * A customer's own cases: raise one (on its own or from an account), follow its progress
 * in plain language, add information, rate the handling. Someone else's case answers 404.
 */
@Controller
@RequestMapping("/my/cases")
@RequiredArgsConstructor
class MyCaseController {

	private final CaseIntake intake;

	private final CaseWork work;

	private final CaseReads reads;

	private final ServiceAccounts accounts;

	private final java.time.Clock clock;

	@GetMapping
	String list(@AuthenticationPrincipal PortalPrincipal customer, Model model) {
		model.addAttribute("cases", this.reads.ofCustomer(customer.requireCustomerId()));
		return "casework/my-cases";
	}

	@GetMapping("/new")
	String newCase(@RequestParam(required = false) String account, @AuthenticationPrincipal PortalPrincipal customer,
			Model model) {
		IntakeForm form = new IntakeForm();
		form.setOccurredAt(LocalDateTime.now(this.clock).withSecond(0).withNano(0));
		if (StringUtils.hasText(account)) {
			var owned = this.accounts.ownedBy(customer.requireCustomerId(), account);
			form.setAccountNumber(owned.accountNumber());
			form.setUtility(owned.utility());
		}
		model.addAttribute("intakeForm", form);
		return newPage(customer, model);
	}

	@PostMapping
	String raise(@Valid @ModelAttribute("intakeForm") IntakeForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal customer, Model model, RedirectAttributes redirect) {
		form.setCustomerId(customer.requireCustomerId());
		this.intake.validateOnline(form, result);
		if (result.hasErrors()) {
			return newPage(customer, model);
		}
		String number = this.intake.registerOnline(form, customer);
		redirect.addFlashAttribute("notice", "case.flash.raised");
		return "redirect:/my/cases/" + number;
	}

	@GetMapping("/{number}")
	String page(@PathVariable String number, @AuthenticationPrincipal PortalPrincipal customer, Model model) {
		var view = this.reads.view(number, customer, AccessChannel.WEB);
		model.addAttribute("c", view);
		if (!model.containsAttribute("visitForm")) {
			VisitForm visit = new VisitForm();
			visit.setVersion(view.version());
			model.addAttribute("visitForm", visit);
		}
		return "casework/my-case";
	}

	@PostMapping("/{number}/information")
	String addInformation(@PathVariable String number, @RequestParam String text,
			@AuthenticationPrincipal PortalPrincipal customer, RedirectAttributes redirect) {
		if (!StringUtils.hasText(text) || text.length() > 4000) {
			this.reads.view(number, customer, AccessChannel.WEB);
			redirect.addFlashAttribute("notice", "case.flash.textRequired");
			return "redirect:/my/cases/" + number;
		}
		try {
			this.work.addInformation(number, text, customer);
			redirect.addFlashAttribute("notice", "case.flash.informationAdded");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("notice", "case.flash.closed");
		}
		return "redirect:/my/cases/" + number;
	}

	@PostMapping("/{number}/rating")
	String rate(@PathVariable String number, @Valid @ModelAttribute("visitForm") VisitForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal customer, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				boolean reopened = this.work.recordVisit(number, form, customer);
				redirect.addFlashAttribute("notice", reopened ? "case.flash.ratedReopened" : "case.flash.rated");
				return "redirect:/my/cases/" + number;
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		model.addAttribute("c", this.reads.view(number, customer, AccessChannel.WEB));
		return "casework/my-case";
	}

	private String newPage(PortalPrincipal customer, Model model) {
		model.addAttribute("accounts", this.accounts.ofCustomer(customer.requireCustomerId()));
		return "casework/my-new";
	}

}
