package org.utilityportal.customer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.utilityportal.customer.ContactForm;
import org.utilityportal.customer.CustomerForm;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.customer.CustomerSearch;
import org.utilityportal.customer.DuplicateCustomer;
import org.utilityportal.customer.KeyAccounts;
import org.utilityportal.customer.MaskedField;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Rights;

/** The counter desk: search, open, view and edit customers, and reveal a masked field. */
@Controller
@RequestMapping("/counter/customers")
@RequiredArgsConstructor
class CounterCustomerController {

	private static final String FORM = "customer/form";

	private final CustomerSearch search;

	private final CustomerRecords records;

	private final KeyAccounts keyAccounts;

	private final Clock clock;

	@GetMapping
	String search(@RequestParam(name = "q", required = false) String query,
			@AuthenticationPrincipal PortalPrincipal staff, Model model) {
		if (query != null && !query.isBlank()) {
			model.addAttribute("result", this.search.search(query, staff, AccessChannel.WEB));
		}
		model.addAttribute("q", query);
		return "customer/search";
	}

	@GetMapping("/new")
	String openForm(Model model) {
		CustomerForm form = new CustomerForm();
		form.setConsentPurpose("");
		model.addAttribute("customerForm", form);
		return FORM;
	}

	@PostMapping
	String open(@Valid @ModelAttribute("customerForm") CustomerForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal staff, Model model, RedirectAttributes redirect) {
		Optional<DuplicateCustomer> duplicate = this.records.validate(form, null, result);
		if (result.hasErrors()) {
			duplicate.ifPresent((existing) -> model.addAttribute("duplicate", existing));
			return FORM;
		}
		try {
			long id = this.records.open(form, staff);
			redirect.addFlashAttribute("notice", "customer.notice.opened");
			return "redirect:/counter/customers/" + id;
		}
		catch (DataIntegrityViolationException ex) {
			// Another clerk opened a customer with this identity number a moment ago.
			this.records.validate(form, null, result)
				.ifPresent((existing) -> model.addAttribute("duplicate", existing));
			return FORM;
		}
	}

	@GetMapping("/{id}")
	String page(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal staff, Model model) {
		return page(id, staff, model, newContact());
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal staff, Model model) {
		model.addAttribute("customerForm", this.records.editForm(id, staff));
		model.addAttribute("customer", this.records.details(id));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("customerForm") CustomerForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal staff, Model model, RedirectAttributes redirect) {
		Optional<DuplicateCustomer> duplicate = this.records.validate(form, id, result);
		if (!result.hasErrors()) {
			try {
				this.records.update(id, form, staff);
				redirect.addFlashAttribute("notice", "customer.notice.saved");
				return "redirect:/counter/customers/" + id;
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		duplicate.ifPresent((existing) -> model.addAttribute("duplicate", existing));
		model.addAttribute("customer", this.records.viewedBy(id, staff, AccessChannel.WEB, "edit form"));
		return FORM;
	}

	@PostMapping("/{id}/reveal")
	@PreAuthorize("hasAuthority('" + Rights.REVEAL_PERSONAL_DATA + "')")
	String reveal(@PathVariable long id, @RequestParam MaskedField field, @RequestParam(defaultValue = "0") int index,
			@AuthenticationPrincipal PortalPrincipal staff, Model model) {
		model.addAttribute("revealedField", field);
		model.addAttribute("revealedIndex", index);
		model.addAttribute("revealedValue", this.records.reveal(id, field, index, staff, AccessChannel.WEB));
		return page(id, staff, model, newContact());
	}

	@PostMapping("/{id}/manager")
	String assignManager(@PathVariable long id, @RequestParam long managerId,
			@AuthenticationPrincipal PortalPrincipal staff, RedirectAttributes redirect) {
		this.keyAccounts.assignManager(id, managerId, staff);
		redirect.addFlashAttribute("notice", "customer.notice.managerAssigned");
		return "redirect:/counter/customers/" + id + "#key-account";
	}

	@PostMapping("/{id}/contacts")
	String recordContact(@PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal staff, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(id, staff, model, form);
		}
		this.keyAccounts.recordContact(id, form, staff);
		redirect.addFlashAttribute("notice", "customer.notice.contactRecorded");
		return "redirect:/counter/customers/" + id + "#contacts";
	}

	private ContactForm newContact() {
		ContactForm form = new ContactForm();
		form.setContactedOn(LocalDate.now(this.clock));
		return form;
	}

	private String page(long id, PortalPrincipal staff, Model model, ContactForm contactForm) {
		model.addAttribute("page", this.records.page(id, staff, AccessChannel.WEB));
		model.addAttribute("managers", this.keyAccounts.eligibleManagers());
		if (!model.containsAttribute("contactForm")) {
			model.addAttribute("contactForm", contactForm);
		}
		return "customer/page";
	}

}
