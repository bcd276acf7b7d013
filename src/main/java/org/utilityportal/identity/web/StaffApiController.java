package org.utilityportal.identity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.identity.StaffAdministration;
import org.utilityportal.identity.StaffForm;
import org.utilityportal.identity.StaffView;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.ApiErrors;

/**
 * Staff administration over JSON, for administrators: the same rules and messages as the
 * pages; a stale version answers 409, a refused action 422 with the reason.
 */
@RestController
@RequestMapping("/api/v1/staff")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
@Tag(name = "Staff")
class StaffApiController {

	private final StaffAdministration staff;

	private final MessageSource messages;

	private final Validator validator;

	@GetMapping
	@Operation(summary = "Every member of staff (administrators)")
	List<StaffView> all() {
		return this.staff.all();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One member of staff with every recorded change")
	StaffView one(@PathVariable long id) {
		return this.staff.staff(id);
	}

	@PostMapping
	@Operation(summary = "Create a member of staff; the answer carries the one-time temporary password")
	ResponseEntity<?> create(@RequestBody StaffForm form, @AuthenticationPrincipal PortalPrincipal admin,
			Locale locale) {
		var errors = check(form, null);
		if (errors.hasErrors()) {
			return ApiErrors.of(errors, this.messages, locale);
		}
		StaffAdministration.Created created = this.staff.create(form, admin);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("staff", this.staff.staff(created.id()), "temporaryPassword", created.temporaryPassword()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Edit a member of staff from the version read (409 when stale)")
	ResponseEntity<?> update(@PathVariable long id, @RequestBody StaffForm form,
			@AuthenticationPrincipal PortalPrincipal admin, Locale locale) {
		this.staff.staff(id);
		var errors = check(form, id);
		if (errors.hasErrors()) {
			return ApiErrors.of(errors, this.messages, locale);
		}
		try {
			this.staff.update(id, form, admin);
		}
		catch (StaleEditException ex) {
			return stale(locale);
		}
		return ResponseEntity.ok(this.staff.staff(id));
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "Disable a member of staff and end their sessions")
	ResponseEntity<?> disable(@PathVariable long id, @RequestParam long version,
			@AuthenticationPrincipal PortalPrincipal admin, Locale locale) {
		return outcome(id, locale, () -> this.staff.disable(id, version, admin));
	}

	@PostMapping("/{id}/enable")
	@Operation(summary = "Enable a disabled member of staff")
	ResponseEntity<?> enable(@PathVariable long id, @RequestParam long version,
			@AuthenticationPrincipal PortalPrincipal admin, Locale locale) {
		return outcome(id, locale, () -> this.staff.enable(id, version, admin));
	}

	@PostMapping("/{id}/password-reset")
	@Operation(summary = "Set a one-time temporary password and end the person's sessions")
	ResponseEntity<?> resetPassword(@PathVariable long id, @RequestParam long version,
			@AuthenticationPrincipal PortalPrincipal admin, Locale locale) {
		try {
			return ResponseEntity.ok(Map.of("temporaryPassword", this.staff.resetPassword(id, version, admin)));
		}
		catch (StaleEditException ex) {
			return stale(locale);
		}
	}

	private BeanPropertyBindingResult check(StaffForm form, Long editingId) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "staff");
		new SpringValidatorAdapter(this.validator).validate(form, errors);
		this.staff.validate(form, editingId, errors);
		return errors;
	}

	private ResponseEntity<?> outcome(long id, Locale locale, java.util.function.Supplier<String> action) {
		String refusal;
		try {
			refusal = action.get();
		}
		catch (StaleEditException ex) {
			return stale(locale);
		}
		if (refusal != null) {
			return ResponseEntity.unprocessableContent()
				.body(Map.of("error", this.messages.getMessage(refusal, null, locale)));
		}
		return ResponseEntity.ok(this.staff.staff(id));
	}

	private ResponseEntity<?> stale(Locale locale) {
		Map<String, String> body = new HashMap<>();
		body.put("error", this.messages.getMessage("validation.stale", null, locale));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
	}

}
