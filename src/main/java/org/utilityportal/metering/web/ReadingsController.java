package org.utilityportal.metering.web;

import java.time.Clock;
import java.time.LocalDate;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.ReadingForm;
import org.utilityportal.metering.ReadingKind;
import org.utilityportal.metering.ReadingRow;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.metering.Registers;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Meter readings: counter staff enter actual readings (with rollovers and meter changes);
 * customers submit their own for their own accounts only.
 */
@Controller
@RequiredArgsConstructor
class ReadingsController {

	private static final int HISTORY = 24;

	private final MeterReadings readings;

	private final ServiceAccounts accounts;

	private final CustomerRecords customers;

	private final Clock clock;

	@GetMapping("/counter/accounts/{accountId}/readings")
	String counter(@PathVariable long accountId, @AuthenticationPrincipal PortalPrincipal staff, Model model) {
		return page(this.accounts.view(accountId), newForm(), true, staff, model);
	}

	@PostMapping("/counter/accounts/{accountId}/readings")
	String counterRecord(@PathVariable long accountId, @Valid @ModelAttribute("readingForm") ReadingForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal staff, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()
				&& this.readings.record(accountId, form, staff, ReadingSource.ACTUAL, result).isPresent()) {
			redirect.addFlashAttribute("notice", "reading.notice.saved");
			return "redirect:/counter/accounts/" + accountId + "/readings";
		}
		return page(this.accounts.view(accountId), form, true, staff, model);
	}

	@GetMapping("/my/accounts/{accountNumber}/readings")
	String customer(@PathVariable String accountNumber, @AuthenticationPrincipal PortalPrincipal customer,
			Model model) {
		return page(this.accounts.ownedBy(customer.requireCustomerId(), accountNumber), newForm(), false, customer,
				model);
	}

	@PostMapping("/my/accounts/{accountNumber}/readings")
	String customerRecord(@PathVariable String accountNumber, @Valid @ModelAttribute("readingForm") ReadingForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal customer, Model model,
			RedirectAttributes redirect) {
		ServiceAccountView account = this.accounts.ownedBy(customer.requireCustomerId(), accountNumber);
		form.setKind(ReadingKind.REGULAR);
		if (!result.hasErrors()
				&& this.readings.record(account.id(), form, customer, ReadingSource.CUSTOMER, result).isPresent()) {
			redirect.addFlashAttribute("notice", "reading.notice.submitted");
			return "redirect:/my/accounts/" + accountNumber + "/readings";
		}
		return page(account, form, false, customer, model);
	}

	private ReadingForm newForm() {
		ReadingForm form = new ReadingForm();
		form.setReadOn(LocalDate.now(this.clock));
		return form;
	}

	private String page(ServiceAccountView account, ReadingForm form, boolean counter, PortalPrincipal principal,
			Model model) {
		if (counter) {
			model.addAttribute("customer",
					this.customers.viewedBy(account.customerId(), principal, AccessChannel.WEB, "readings"));
		}
		model.addAttribute("account", account);
		model.addAttribute("rows", ReadingRow.of(this.readings.history(account.id(), HISTORY)));
		Registers registers = this.readings.registers(account);
		model.addAttribute("bands", registers.bands());
		model.addAttribute("registers", registers);
		model.addAttribute("readingForm", form);
		model.addAttribute("counter", counter);
		model.addAttribute("readingKinds", ReadingKind.values());
		return "metering/readings";
	}

}
