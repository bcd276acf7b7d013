package org.utilityportal.casework.web;

import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.casework.ActionForm;
import org.utilityportal.casework.CaseAction;
import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.CaseReads;
import org.utilityportal.casework.CaseRegrading;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.CaseView;
import org.utilityportal.casework.CaseWork;
import org.utilityportal.casework.IntakeForm;
import org.utilityportal.casework.PlatformTicketTakenException;
import org.utilityportal.casework.VisitForm;
import org.utilityportal.customer.CustomerDetails;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.shared.domain.FourEyesRefusal;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;

/**
 * Cases for counter staff ({@code /counter/cases}) and supervisors
 * ({@code /supervisor/cases}): the work lists, intake, and the case page with its clocks
 * explained, the history, and one form for every action. Opening a case that names a
 * customer is logged.
 */
@Controller
@RequiredArgsConstructor
class StaffCaseController {

	private final CaseIntake intake;

	private final CaseWork work;

	private final CaseRegrading regrading;

	private final CaseReads reads;

	private final CustomerRecords customers;

	private final OrgUnits orgUnits;

	private final java.time.Clock clock;

	@GetMapping("/counter/cases")
	String lists(@AuthenticationPrincipal PortalPrincipal staff, Model model) {
		model.addAttribute("mine", this.reads.mine(staff.userId()));
		model.addAttribute("unowned", this.reads.unowned());
		this.orgUnits.staff(staff.userId())
			.map((placement) -> placement.orgUnitId())
			.filter(java.util.Objects::nonNull)
			.ifPresent((unit) -> model.addAttribute("team", this.reads.ofUnit(unit)));
		return "casework/counter-cases";
	}

	@GetMapping("/counter/cases/new")
	String newCase(@RequestParam(required = false) Long customer, @AuthenticationPrincipal PortalPrincipal staff,
			Model model) {
		IntakeForm form = new IntakeForm();
		form.setCustomerId(customer);
		form.setOccurredAt(LocalDateTime.now(this.clock).withSecond(0).withNano(0));
		model.addAttribute("intakeForm", form);
		return intakePage(form, staff, model);
	}

	@PostMapping("/counter/cases")
	String register(@Valid @ModelAttribute("intakeForm") IntakeForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal staff, Model model, RedirectAttributes redirect) {
		this.intake.validate(form, result);
		if (result.hasErrors()) {
			return intakePage(form, staff, model);
		}
		String number;
		try {
			number = this.intake.registerByStaff(form, staff);
		}
		catch (PlatformTicketTakenException ex) {
			this.intake.validate(form, result);
			return intakePage(form, staff, model);
		}
		redirect.addFlashAttribute("notice", "case.flash.registered");
		return "redirect:/counter/cases/" + number;
	}

	@GetMapping({ "/counter/cases/{number}", "/supervisor/cases/{number}" })
	String page(@PathVariable String number, @AuthenticationPrincipal PortalPrincipal staff, Model model) {
		return page(number, staff, model, null);
	}

	@PostMapping({ "/counter/cases/{number}/act", "/supervisor/cases/{number}/act" })
	String act(@PathVariable String number, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal staff, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		if (form.getAction() != null && form.getAction().needsText() && !StringUtils.hasText(form.getText())) {
			result.rejectValue("text", "validation.required");
		}
		if (form.getAction() == CaseAction.ASSIGN && form.getUnitId() == null) {
			result.rejectValue("unitId", "validation.required");
		}
		if (form.getAction() == CaseAction.ASSIGN) {
			this.work.checkAssignee(form.getUnitId(), form.getPersonId(), result, "personId");
		}
		if (form.getAction() == CaseAction.REGRADE) {
			this.regrading.validate(number, form.getSeverity(), form.getImpact(), result);
		}
		if (!result.hasErrors()) {
			try {
				this.work.act(number, form, staff);
				redirect.addFlashAttribute("notice", "case.flash.done." + form.getAction().name());
				return "redirect:" + base(staff) + "/cases/" + number;
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		return page(number, staff, model, form);
	}

	@PostMapping({ "/counter/cases/{number}/visit", "/supervisor/cases/{number}/visit" })
	String visit(@PathVariable String number, @Valid @ModelAttribute("visitForm") VisitForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal staff, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				boolean reopened = this.work.recordVisit(number, form, staff);
				redirect.addFlashAttribute("notice", reopened ? "case.flash.reopened" : "case.flash.visited");
				return "redirect:" + base(staff) + "/cases/" + number;
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
			catch (FourEyesRefusal ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return page(number, staff, model, null);
	}

	private String page(String number, PortalPrincipal staff, Model model, ActionForm actionForm) {
		CaseView view = this.reads.view(number, staff, AccessChannel.WEB);
		model.addAttribute("c", view);
		model.addAttribute("base", base(staff));
		if (view.customerId() != null) {
			CustomerDetails customer = this.customers.details(view.customerId());
			model.addAttribute("customer", customer);
		}
		boolean owner = view.ownerWorkNumber() != null && view.ownerWorkNumber().equals(staff.workNumber().orElse(""));
		model.addAttribute("actions",
				CaseAction.available(view.status(), view.unowned(), owner, staff.role(), view.platform() != null));
		if (actionForm == null) {
			actionForm = new ActionForm();
			actionForm.setVersion(view.version());
			actionForm.setUnitId(view.responsibleUnitId());
			actionForm.setSeverity(view.severity());
			actionForm.setImpact(view.impact());
		}
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", actionForm);
		}
		if (view.status() == CaseStatus.RESOLVED) {
			model.addAttribute("visitRefusal", this.work.visitRefusal(number, staff));
		}
		if (!model.containsAttribute("visitForm")) {
			VisitForm visit = new VisitForm();
			visit.setVersion(view.version());
			model.addAttribute("visitForm", visit);
		}
		model.addAttribute("staffList", this.orgUnits.staffWithRoles(java.util.List.of(Role.COUNTER, Role.SUPERVISOR)));
		return "casework/staff-case";
	}

	private String intakePage(IntakeForm form, PortalPrincipal staff, Model model) {
		if (form.getPlatform() != null && StringUtils.hasText(form.getPlatformTicket())) {
			this.intake.caseWithPlatformTicket(form.getPlatform(), form.getPlatformTicket())
				.ifPresent((number) -> model.addAttribute("takenBy", number));
		}
		if (form.getCustomerId() != null) {
			model.addAttribute("customer",
					this.customers.viewedBy(form.getCustomerId(), staff, AccessChannel.WEB, "case intake"));
		}
		return "casework/intake";
	}

	private static String base(PortalPrincipal staff) {
		return staff.role().home();
	}

}
