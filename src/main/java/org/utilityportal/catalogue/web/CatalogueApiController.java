package org.utilityportal.catalogue.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.catalogue.Catalogue;
import org.utilityportal.catalogue.CatalogueEntry;
import org.utilityportal.catalogue.OrderForm;
import org.utilityportal.catalogue.OrderView;
import org.utilityportal.catalogue.ServiceDefinition;
import org.utilityportal.catalogue.OrderAccess;
import org.utilityportal.catalogue.OrderFile;
import org.utilityportal.catalogue.OrderValidation;
import org.utilityportal.catalogue.ServiceOrders;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.ApiErrors;
import org.utilityportal.shared.web.NotFoundException;

/**
 * The catalogue over JSON (public read) and orders (customers for themselves, staff for a
 * customer, same rules as the pages). Documents are given on the pages only; an order
 * that needs a document answers 400 here unless a clerk saw the paper original.
 */
@RestController
@RequiredArgsConstructor
@Tag(name = "Service catalogue")
class CatalogueApiController {

	private final Catalogue catalogue;

	private final ServiceOrders orders;

	private final OrderValidation validation;

	private final OrderAccess access;

	private final CustomerRecords customers;

	private final MessageSource messages;

	@GetMapping("/api/v1/catalogue")
	@Operation(summary = "Every service in force, in catalogue order (public)")
	List<PublicService> catalogue() {
		return this.catalogue.inForce().stream().map(PublicService::of).toList();
	}

	@GetMapping("/api/v1/catalogue/{code}")
	@Operation(summary = "One service in force (public)")
	PublicService service(@PathVariable String code) {
		return PublicService.of(entry(code));
	}

	private CatalogueEntry entry(String code) {
		return this.catalogue.inForce(code).orElseThrow(() -> new NotFoundException("Service " + code));
	}

	/**
	 * A service as the public sees it.
	 *
	 * @param code the service
	 * @param utility its utility
	 * @param effectiveFrom the day this version applies from
	 * @param documentNumber the document that approved it
	 * @param documentDate the document's date
	 * @param definition what it offers, in both languages
	 */
	record PublicService(String code, Utility utility, LocalDate effectiveFrom, String documentNumber,
			LocalDate documentDate, ServiceDefinition definition) {

		static PublicService of(CatalogueEntry entry) {
			return new PublicService(entry.code(), entry.utility(), entry.effectiveFrom(), entry.documentNumber(),
					entry.documentDate(), entry.definition());
		}

	}

	@GetMapping("/api/v1/orders")
	@PreAuthorize("hasAnyRole('CUSTOMER', 'COUNTER', 'SUPERVISOR')")
	@Operation(summary = "Customers: their orders; staff: a customer's orders (customerId, logged)")
	List<OrderView> orders(@RequestParam(required = false) Long customerId,
			@AuthenticationPrincipal PortalPrincipal principal) {
		if (principal.role() == Role.CUSTOMER) {
			return this.orders.ofCustomer(principal.requireCustomerId());
		}
		if (customerId == null) {
			throw new NotFoundException("Customer");
		}
		this.customers.viewedBy(customerId, principal, AccessChannel.API, "service orders");
		return this.orders.ofCustomer(customerId);
	}

	@GetMapping("/api/v1/orders/{id}")
	@PreAuthorize("hasAnyRole('CUSTOMER', 'COUNTER', 'SUPERVISOR')")
	@Operation(summary = "One order and where its case stands (customers: their own only)")
	OrderView order(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal principal) {
		return (principal.role() == Role.CUSTOMER) ? this.orders.mine(id, principal.requireCustomerId())
				: this.access.seenBy(id, principal, AccessChannel.API);
	}

	@PostMapping("/api/v1/catalogue/{code}/orders")
	@PreAuthorize("hasAnyRole('CUSTOMER', 'COUNTER')")
	@Operation(summary = "Order a service (customers: for themselves; staff: customerId required)")
	ResponseEntity<?> place(@PathVariable String code, @RequestParam(required = false) Long customerId,
			@Valid @RequestBody OrderForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal principal, Locale locale) {
		CatalogueEntry entry = entry(code);
		boolean staff = principal.role() != Role.CUSTOMER;
		long customer;
		if (staff) {
			if (customerId == null) {
				throw new NotFoundException("Customer");
			}
			this.customers.viewedBy(customerId, principal, AccessChannel.API, "service order");
			customer = customerId;
		}
		else {
			customer = principal.requireCustomerId();
			form.setPaperSeen(new java.util.ArrayList<>());
		}
		Map<Integer, String> problems = this.validation.validate(entry, form, customer, staff, Map.of(), result);
		problems.forEach((index, key) -> result.reject(key));
		if (result.hasErrors()) {
			return ApiErrors.of(result, this.messages, locale);
		}
		long id;
		try {
			id = this.orders.place(entry, form, customer, principal, Map.of());
		}
		catch (DataIntegrityViolationException ex) {
			id = this.orders.byToken(form.getToken()).orElseThrow(() -> ex);
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(staff ? this.access.seenBy(id, principal, AccessChannel.API)
					: this.orders.mine(id, principal.requireCustomerId()));
	}

}
