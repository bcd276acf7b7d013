package org.utilityportal.payment.web;

import java.util.HashMap;
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
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.payment.MandateView;
import org.utilityportal.payment.Mandates;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.ApiErrors;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Direct-debit mandates over JSON: counter staff record them, supervisors decide (never
 * on their own), the account's customer and staff read them (staff reads logged).
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
@Tag(name = "Direct-debit mandates")
class MandateApiController {

	private final Mandates mandates;

	private final ServiceAccounts accounts;

	private final AccessLog accessLog;

	private final MessageSource messages;

	@GetMapping("/accounts/{accountId}/mandates")
	@PreAuthorize("hasAnyRole('COUNTER', 'SUPERVISOR', 'CUSTOMER')")
	@Operation(summary = "The direct-debit mandates of an account, newest first, bank accounts masked")
	List<MandateView> ofAccount(@PathVariable long accountId, @AuthenticationPrincipal PortalPrincipal principal) {
		ServiceAccountView account = this.accounts.view(accountId);
		if (!principal.role().isStaff() && account.customerId() != principal.requireCustomerId()) {
			throw new NotFoundException("Account");
		}
		if (principal.role().isStaff()) {
			this.accessLog.record(principal, AccessAction.VIEW, AccessChannel.API, account.customerId(), null,
					"mandates " + account.accountNumber());
		}
		return this.mandates.ofAccount(accountId);
	}

	@PostMapping("/accounts/{accountId}/mandates")
	@PreAuthorize("hasRole('COUNTER')")
	@Operation(summary = "Record a mandate; it is collected from only once a supervisor approved it")
	ResponseEntity<?> request(@PathVariable long accountId, @RequestBody MandateRequest request,
			@AuthenticationPrincipal PortalPrincipal clerk, Locale locale) {
		this.accounts.view(accountId);
		var errors = new MapBindingResult(new HashMap<>(), "mandate");
		if (request.bankCode() == null || !Mandates.BANKS.contains(request.bankCode())) {
			errors.rejectValue("bankCode", "mandate.error.bank");
		}
		String bankAccount = (request.bankAccount() != null) ? request.bankAccount().replaceAll("\\s", "") : "";
		if (!bankAccount.matches("[0-9]{8,34}")) {
			errors.rejectValue("bankAccount", "mandate.error.bankAccount");
		}
		String holder = (request.holderName() != null) ? request.holderName().strip() : "";
		if (holder.isEmpty() || holder.length() > 100 || holder.contains("|")) {
			errors.rejectValue("holderName", "mandate.error.holder");
		}
		if (!errors.hasErrors()) {
			String refusal = this.mandates.request(accountId, request.bankCode(), bankAccount, holder,
					clerk.username());
			if (refusal == null) {
				return ResponseEntity.status(HttpStatus.CREATED).body(this.mandates.ofAccount(accountId).getFirst());
			}
			errors.reject(refusal);
		}
		return ApiErrors.of(errors, this.messages, locale);
	}

	@PostMapping("/mandates/{mandateId}/decision")
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Operation(summary = "Approve or reject a mandate, with the version seen; 409 when it changed since")
	ResponseEntity<?> decide(@PathVariable long mandateId, @RequestBody Decision decision,
			@AuthenticationPrincipal PortalPrincipal supervisor, Locale locale) {
		var errors = new MapBindingResult(new HashMap<>(), "decision");
		if (decision.version() == null || decision.approve() == null) {
			errors.reject("validation.required");
			return ApiErrors.of(errors, this.messages, locale);
		}
		try {
			String refusal = this.mandates.decide(mandateId, decision.version(), decision.approve(),
					supervisor.username());
			if (refusal != null) {
				errors.reject(refusal);
				return ApiErrors.of(errors, this.messages, locale);
			}
		}
		catch (StaleEditException | IllegalStateException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT).build();
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * A mandate recorded over the API.
	 *
	 * @param bankCode ICBC, CCB, ABC, BOC, BOCOM, PSBC, CMB or CITIC
	 * @param bankAccount 8–34 digits
	 * @param holderName the bank account's holder
	 */
	record MandateRequest(String bankCode, String bankAccount, String holderName) {
	}

	/**
	 * A supervisor's decision.
	 *
	 * @param version the mandate's version as read
	 * @param approve approve or reject
	 */
	record Decision(Long version, Boolean approve) {
	}

}
