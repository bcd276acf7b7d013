package org.utilityportal.metering.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.Reading;
import org.utilityportal.metering.ReadingForm;
import org.utilityportal.metering.ReadingKind;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.ApiErrors;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Readings over JSON: counter staff and supervisors read any account's, counter staff
 * enter actual readings; customers read and submit only their own (anything else is 404).
 */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/readings")
@RequiredArgsConstructor
@Tag(name = "Meter readings")
class ReadingApiController {

	private final MeterReadings readings;

	private final ServiceAccounts accounts;

	private final SmartValidator validator;

	private final MessageSource messages;

	@GetMapping
	@PreAuthorize("hasAnyRole('COUNTER', 'SUPERVISOR', 'CUSTOMER')")
	@Operation(summary = "The latest readings of an account, newest first")
	List<Reading> list(@PathVariable long accountId, @AuthenticationPrincipal PortalPrincipal principal) {
		if (principal.role().isStaff()) {
			this.accounts.viewedBy(accountId, principal, AccessChannel.API, "readings of account " + accountId);
		}
		else {
			account(accountId, principal);
		}
		return this.readings.history(accountId, 24);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('COUNTER', 'CUSTOMER')")
	@Operation(summary = "Enter a reading (counter: actual; customer: their own, regular readings only)")
	ResponseEntity<?> record(@PathVariable long accountId, @RequestBody ReadingForm form,
			@AuthenticationPrincipal PortalPrincipal principal, Locale locale) {
		account(accountId, principal);
		boolean customer = !principal.role().isStaff();
		if (customer) {
			form.setKind(ReadingKind.REGULAR);
		}
		var errors = new BeanPropertyBindingResult(form, "readingForm");
		this.validator.validate(form, errors);
		if (!errors.hasErrors()) {
			var saved = this.readings.record(accountId, form, principal,
					customer ? ReadingSource.CUSTOMER : ReadingSource.ACTUAL, errors);
			if (saved.isPresent()) {
				return ResponseEntity.status(HttpStatus.CREATED).body(saved.get());
			}
		}
		return ApiErrors.of(errors, this.messages, locale);
	}

	private ServiceAccountView account(long accountId, PortalPrincipal principal) {
		ServiceAccountView account = this.accounts.view(accountId);
		if (!principal.role().isStaff() && account.customerId() != principal.requireCustomerId()) {
			throw new NotFoundException("Account");
		}
		return account;
	}

}
