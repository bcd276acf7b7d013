package org.utilityportal.payment.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.payment.OrderView;
import org.utilityportal.payment.PaymentOrders;
import org.utilityportal.payment.PaymentProvider;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.ApiErrors;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Payment orders over JSON: customers open and follow their own (another's answers 404);
 * counter staff and supervisors read them (logged).
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
@Tag(name = "Payment orders")
class PaymentOrderApiController {

	private static final String READERS = "hasAnyRole('COUNTER', 'SUPERVISOR', 'CUSTOMER')";

	private final PaymentOrders orders;

	private final ServiceAccounts accounts;

	private final AccessLog accessLog;

	private final MessageSource messages;

	@PostMapping("/my/payment-orders")
	@PreAuthorize("hasRole('CUSTOMER')")
	@Operation(
			summary = "Open a payment order for bills of one account; the same idempotency key returns the first order")
	ResponseEntity<?> create(@RequestBody OrderRequest request, @AuthenticationPrincipal PortalPrincipal customer,
			HttpServletRequest http, Locale locale) {
		var errors = new MapBindingResult(new HashMap<>(), "order");
		if (request.billNumbers() == null || request.billNumbers().isEmpty() || request.billNumbers().size() > 24) {
			errors.rejectValue("billNumbers", "validation.required");
		}
		if (request.provider() == null
				|| this.orders.providers().stream().noneMatch((p) -> p.code().equals(request.provider()))) {
			errors.rejectValue("provider", "order.error.providerUnknown");
		}
		if (request.idempotencyKey() == null || request.idempotencyKey().isBlank()
				|| request.idempotencyKey().length() > 64) {
			errors.rejectValue("idempotencyKey", "validation.required");
		}
		if (!errors.hasErrors()) {
			try {
				OrderView order = this.orders.create(customer.requireCustomerId(), request.billNumbers(),
						request.provider(), "api-" + request.idempotencyKey(),
						ServletUriComponentsBuilder.fromContextPath(http).toUriString(), customer.username());
				return ResponseEntity.status(HttpStatus.CREATED).body(order);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("billNumbers", "order.error.nothingDue");
			}
			catch (PaymentProvider.ProviderException ex) {
				errors.rejectValue("provider", "order.error.provider");
			}
		}
		return ApiErrors.of(errors, this.messages, locale);
	}

	@GetMapping("/payment-orders/{orderNumber}")
	@PreAuthorize(READERS)
	@Operation(summary = "A payment order and where it stands")
	OrderView order(@PathVariable String orderNumber, @AuthenticationPrincipal PortalPrincipal principal) {
		return readable(orderNumber, principal);
	}

	@PostMapping("/payment-orders/{orderNumber}/refresh")
	@PreAuthorize(READERS)
	@Operation(summary = "Ask the provider where an order stands (the payment is taken when it says paid)")
	OrderView refresh(@PathVariable String orderNumber, @AuthenticationPrincipal PortalPrincipal principal) {
		readable(orderNumber, principal);
		return this.orders.refresh(orderNumber);
	}

	@GetMapping("/accounts/{accountId}/payment-orders")
	@PreAuthorize(READERS)
	@Operation(summary = "The latest payment orders of an account, newest first")
	List<OrderView> ofAccount(@PathVariable long accountId, @AuthenticationPrincipal PortalPrincipal principal) {
		ServiceAccountView account = this.accounts.view(accountId);
		if (!principal.role().isStaff() && account.customerId() != principal.requireCustomerId()) {
			throw new NotFoundException("Account");
		}
		if (principal.role().isStaff()) {
			this.accessLog.record(principal, AccessAction.VIEW, AccessChannel.API, account.customerId(), null,
					"payment orders " + account.accountNumber());
		}
		return this.orders.ofAccount(accountId);
	}

	private OrderView readable(String orderNumber, PortalPrincipal principal) {
		if (!principal.role().isStaff()) {
			return this.orders.forCustomer(principal.requireCustomerId(), orderNumber);
		}
		OrderView order = this.orders.order(orderNumber);
		this.accessLog.record(principal, AccessAction.VIEW, AccessChannel.API, order.customerId(), null,
				"payment order " + orderNumber);
		return order;
	}

	/**
	 * A payment order asked for over the API.
	 *
	 * @param billNumbers bills of one of the customer's accounts
	 * @param provider a provider's code (GET the providers from the bill page's options;
	 * {@code sandbox} with demo data)
	 * @param idempotencyKey the same key for the same order however often it is sent
	 */
	record OrderRequest(List<String> billNumbers, String provider, String idempotencyKey) {
	}

}
