package org.utilityportal.casework.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.casework.ActionForm;
import org.utilityportal.casework.CaseAction;
import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.CaseReads;
import org.utilityportal.casework.CaseRegrading;
import org.utilityportal.casework.CaseRow;
import org.utilityportal.casework.CaseView;
import org.utilityportal.casework.CaseWork;
import org.utilityportal.casework.IntakeForm;
import org.utilityportal.casework.PlatformTicketTakenException;
import org.utilityportal.casework.VisitForm;
import org.utilityportal.shared.domain.FourEyesRefusal;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.ApiErrors;

/**
 * Cases over JSON with the same rules as the pages: customers create and read only their
 * own cases (404 otherwise) and comment or rate; staff create, read (logged), comment and
 * act. A stale version answers 409, invalid input 400 with a problem detail whose
 * {@code errors} name each field with its message in the caller's language
 * ({@link ApiErrors}, as the rest of the API); a platform ticket registered already adds
 * {@code existingCase}, the number of the case that has it.
 */
@RestController
@RequestMapping("/api/v1/cases")
@RequiredArgsConstructor
@Tag(name = "Cases")
class CaseApiController {

	private final CaseIntake intake;

	private final CaseWork work;

	private final CaseRegrading regrading;

	private final CaseReads reads;

	private final MessageSource messages;

	@GetMapping
	@PreAuthorize("hasAnyRole('CUSTOMER', 'COUNTER', 'SUPERVISOR')")
	@Operation(summary = "Customers: their cases; staff: the open cases they own or handle")
	List<CaseRow> list(@AuthenticationPrincipal PortalPrincipal principal) {
		return (principal.role() == Role.CUSTOMER) ? this.reads.ofCustomer(principal.requireCustomerId())
				: this.reads.mine(principal.userId());
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('CUSTOMER', 'COUNTER', 'SUPERVISOR')")
	@Operation(summary = "Register a case (customers: for themselves, online)")
	ResponseEntity<?> create(@Valid @RequestBody IntakeForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal principal, Locale locale) {
		if (principal.role() == Role.CUSTOMER) {
			form.setCustomerId(principal.requireCustomerId());
			this.intake.validateOnline(form, result);
		}
		else {
			this.intake.validate(form, result);
		}
		if (result.hasErrors()) {
			return errors(result, locale);
		}
		String number = (principal.role() == Role.CUSTOMER) ? this.intake.registerOnline(form, principal)
				: this.intake.registerByStaff(form, principal);
		return ResponseEntity.status(HttpStatus.CREATED).body(this.reads.view(number, principal, AccessChannel.API));
	}

	@GetMapping("/{number}")
	@PreAuthorize("hasAnyRole('CUSTOMER', 'COUNTER', 'SUPERVISOR')")
	@Operation(summary = "One case with its history (customers: what is meant for them) and clocks (staff)")
	CaseView read(@PathVariable String number, @AuthenticationPrincipal PortalPrincipal principal) {
		return this.reads.view(number, principal, AccessChannel.API);
	}

	@PostMapping("/{number}/comments")
	@PreAuthorize("hasAnyRole('CUSTOMER', 'COUNTER', 'SUPERVISOR')")
	@Operation(summary = "Add information (customers; resumes a case waiting for them) or a staff comment")
	ResponseEntity<?> comment(@PathVariable String number, @RequestBody Map<String, String> body,
			@AuthenticationPrincipal PortalPrincipal principal, Locale locale) {
		String text = body.get("text");
		if (text == null || text.isBlank() || text.length() > 4000) {
			Errors result = new MapBindingResult(new java.util.HashMap<>(), "comment");
			result.rejectValue("text", (text == null || text.isBlank()) ? "validation.required" : "api.error.tooLong");
			return errors(result, locale);
		}
		this.work.addInformation(number, text, principal);
		return ResponseEntity.ok(this.reads.view(number, principal, AccessChannel.API));
	}

	@PostMapping("/{number}/transitions")
	@PreAuthorize("hasAnyRole('COUNTER', 'SUPERVISOR')")
	@Operation(summary = "Act on a case: TAKE, FIRST_REPLY, ASSIGN, REGRADE (severity, impact), NOTE, WAIT, RESUME, "
			+ "RESOLVE, CHASE, ESCALATE, PLATFORM_REPLY (a case from 12345 and other platforms)")
	ResponseEntity<?> transition(@PathVariable String number, @Valid @RequestBody ActionForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal principal, Locale locale) {
		if (form.getAction() != null && form.getAction().needsText()
				&& (form.getText() == null || form.getText().isBlank())) {
			result.rejectValue("text", "validation.required");
		}
		if (form.getAction() == CaseAction.REGRADE) {
			this.regrading.validate(number, form.getSeverity(), form.getImpact(), result);
		}
		if (form.getAction() == CaseAction.ASSIGN) {
			this.work.checkAssignee(form.getUnitId(), form.getPersonId(), result, "personId");
		}
		if (result.hasErrors()) {
			return errors(result, locale);
		}
		this.work.act(number, form, principal);
		return ResponseEntity.ok(this.reads.view(number, principal, AccessChannel.API));
	}

	@PostMapping("/{number}/visits")
	@PreAuthorize("hasAnyRole('CUSTOMER', 'COUNTER', 'SUPERVISOR')")
	@Operation(summary = "The return visit: a customer's rating or a phone visit; overall 1-2 reopens the case")
	ResponseEntity<?> visit(@PathVariable String number, @Valid @RequestBody VisitForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal principal, Locale locale) {
		if (result.hasErrors()) {
			return errors(result, locale);
		}
		this.work.recordVisit(number, form, principal);
		return ResponseEntity.ok(this.reads.view(number, principal, AccessChannel.API));
	}

	@ExceptionHandler(FourEyesRefusal.class)
	ResponseEntity<Map<String, String>> refused(FourEyesRefusal ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", ex.getMessageKey()));
	}

	/** A platform ticket another case got a moment earlier: 400 naming that case. */
	@ExceptionHandler(PlatformTicketTakenException.class)
	ResponseEntity<ProblemDetail> platformTicketTaken(PlatformTicketTakenException ex, Locale locale) {
		Errors result = new MapBindingResult(new java.util.HashMap<>(), "intakeForm");
		String existing = this.intake.caseWithPlatformTicket(ex.platform(), ex.ticket()).orElse(null);
		result.rejectValue("platformTicket", "case.validation.platformTicketTaken", new Object[] { existing }, null);
		return errors(result, locale);
	}

	@ExceptionHandler(StaleEditException.class)
	ResponseEntity<ProblemDetail> stale(Locale locale) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					this.messages.getMessage("validation.stale", null, locale)));
	}

	/**
	 * 400 in the API's one shape; a platform ticket that is taken also names the case
	 * that has it ({@code existingCase}), so a script can carry on there.
	 */
	private ResponseEntity<ProblemDetail> errors(Errors result, Locale locale) {
		ResponseEntity<ProblemDetail> response = ApiErrors.of(result, this.messages, locale);
		result.getFieldErrors()
			.stream()
			.filter((error) -> "case.validation.platformTicketTaken".equals(error.getCode()))
			.map(FieldError::getArguments)
			.filter((arguments) -> arguments != null && arguments.length > 0 && arguments[0] != null)
			.findFirst()
			.ifPresent((arguments) -> response.getBody().setProperty("existingCase", String.valueOf(arguments[0])));
		return response;
	}

}
