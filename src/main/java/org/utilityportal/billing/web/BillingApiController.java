package org.utilityportal.billing.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.billing.BillPage;
import org.utilityportal.billing.BillView;
import org.utilityportal.billing.DayClosedException;
import org.utilityportal.billing.Bills;
import org.utilityportal.billing.PaymentMethod;
import org.utilityportal.billing.PaymentReceipt;
import org.utilityportal.billing.Payments;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.ApiErrors;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Bills and payments over JSON, with the same ownership as the pages: customers only
 * their own (404 otherwise), staff reads logged.
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
@Tag(name = "Bills and payments")
class BillingApiController {

	private static final String READERS = "hasAnyRole('COUNTER', 'SUPERVISOR', 'CUSTOMER')";

	private final Bills bills;

	private final Payments payments;

	private final ServiceAccounts accounts;

	private final MessageSource messages;

	@GetMapping("/accounts/{accountId}/bills")
	@PreAuthorize(READERS)
	@Operation(summary = "The latest bills of an account, newest first, without lines")
	List<BillView> bills(@PathVariable long accountId, @AuthenticationPrincipal PortalPrincipal principal) {
		read(accountId, principal, "bills of account " + accountId);
		return this.bills.ofAccount(accountId);
	}

	@GetMapping("/bills/{billNumber}")
	@PreAuthorize(READERS)
	@Operation(summary = "A bill with its lines, explanation, usage history and payments")
	BillPage bill(@PathVariable String billNumber, @AuthenticationPrincipal PortalPrincipal principal) {
		return principal.role().isStaff() ? this.bills.forStaff(billNumber, principal, AccessChannel.API)
				: this.bills.forCustomer(principal.requireCustomerId(), billNumber);
	}

	@GetMapping("/accounts/{accountId}/payments")
	@PreAuthorize(READERS)
	@Operation(summary = "The latest payments of an account with the bills and units they paid for")
	List<PaymentReceipt> payments(@PathVariable long accountId, @AuthenticationPrincipal PortalPrincipal principal) {
		read(accountId, principal, "payments of account " + accountId);
		return this.payments.ofAccount(accountId);
	}

	@PostMapping("/accounts/{accountId}/payments")
	@PreAuthorize("hasRole('COUNTER')")
	@Operation(summary = "Take a payment; the same idempotency key never charges twice")
	ResponseEntity<?> pay(@PathVariable long accountId, @RequestBody PaymentRequest request,
			@AuthenticationPrincipal PortalPrincipal staff, Locale locale) {
		this.accounts.view(accountId);
		var errors = new MapBindingResult(new java.util.HashMap<>(), "payment");
		if (!Payments.isPayable(request.amount())) {
			errors.rejectValue("amount", "payment.error.amount");
		}
		if (request.method() == null || !PaymentMethod.COUNTER.contains(request.method())) {
			errors.rejectValue("method", "validation.required");
		}
		if (!Payments.isIdempotencyKey(request.idempotencyKey())) {
			errors.rejectValue("idempotencyKey", "api.error.idempotencyKey");
		}
		if (errors.hasErrors()) {
			return ApiErrors.of(errors, this.messages, locale);
		}
		String receipt;
		try {
			receipt = this.payments.take(accountId, new Money(request.amount()), request.method(),
					"api-" + request.idempotencyKey(), staff.username());
		}
		catch (DayClosedException ex) {
			errors.reject("payment.error.dayClosed");
			return ApiErrors.of(errors, this.messages, locale);
		}
		catch (IllegalArgumentException ex) {
			// The key was used for another payment: the client's mistake, never a retry.
			errors.rejectValue("idempotencyKey", "api.error.idempotencyKeyUsed");
			ProblemDetail problem = ApiErrors.of(errors, this.messages, locale).getBody();
			problem.setStatus(HttpStatus.CONFLICT);
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(this.payments.receipt(receipt));
	}

	/**
	 * The account whose data is read: its owner, or staff (logged as a view of the
	 * customer).
	 */
	private void read(long accountId, PortalPrincipal principal, String purpose) {
		if (principal.role().isStaff()) {
			this.accounts.viewedBy(accountId, principal, AccessChannel.API, purpose);
		}
		else {
			account(accountId, principal);
		}
	}

	private ServiceAccountView account(long accountId, PortalPrincipal principal) {
		ServiceAccountView account = this.accounts.view(accountId);
		if (!principal.role().isStaff() && account.customerId() != principal.requireCustomerId()) {
			throw new NotFoundException("Account");
		}
		return account;
	}

	/**
	 * A payment taken through the API.
	 *
	 * @param amount yuan, at most two decimals, below {@link Payments#LIMIT}
	 * @param method CASH, CARD or BANK_TRANSFER
	 * @param idempotencyKey the same key for the same payment however often it is sent
	 */
	record PaymentRequest(BigDecimal amount, PaymentMethod method, String idempotencyKey) {
	}

}
