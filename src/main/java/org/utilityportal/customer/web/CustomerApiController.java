package org.utilityportal.customer.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.customer.CustomerDetails;
import org.utilityportal.customer.CustomerPage;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.customer.CustomerSearch;
import org.utilityportal.customer.SearchResult;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Customers and accounts over JSON, with the same masking, logging and ownership as the
 * pages: counter staff and supervisors search and read (logged); customers read only
 * their own data.
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
@Tag(name = "Customers")
class CustomerApiController {

	private static final String STAFF = "hasAnyRole('COUNTER', 'SUPERVISOR')";

	private final CustomerSearch search;

	private final CustomerRecords records;

	private final ServiceAccounts accounts;

	@GetMapping("/customers")
	@PreAuthorize(STAFF)
	@Operation(summary = "Counter search: mobile number, account or card number, identity tail, or part of a name")
	SearchResult search(@RequestParam("q") String query, @AuthenticationPrincipal PortalPrincipal staff) {
		return this.search.search(query, staff, AccessChannel.API);
	}

	@GetMapping("/customers/{id}")
	@PreAuthorize(STAFF)
	@Operation(summary = "A customer with accounts, managers, contacts and changes; personal data masked")
	CustomerPage customer(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal staff) {
		return this.records.page(id, staff, AccessChannel.API);
	}

	@GetMapping("/accounts/{id}")
	@PreAuthorize("hasAnyRole('COUNTER', 'SUPERVISOR', 'CUSTOMER')")
	@Operation(summary = "One service account; customers get 404 for accounts that are not theirs")
	ServiceAccountView account(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal principal) {
		ServiceAccountView account = this.accounts.view(id);
		if (!principal.role().isStaff() && account.customerId() != principal.requireCustomerId()) {
			throw new NotFoundException("Account");
		}
		if (principal.role().isStaff()) {
			this.records.viewedBy(account.customerId(), principal, AccessChannel.API,
					"account " + account.accountNumber());
		}
		return account;
	}

	@GetMapping("/my/profile")
	@PreAuthorize("hasRole('CUSTOMER')")
	@Operation(summary = "The signed-in customer's own record, masked")
	CustomerDetails myProfile(@AuthenticationPrincipal PortalPrincipal customer) {
		return this.records.details(customer.requireCustomerId());
	}

	@GetMapping("/my/accounts")
	@PreAuthorize("hasRole('CUSTOMER')")
	@Operation(summary = "The signed-in customer's accounts across utilities")
	List<ServiceAccountView> myAccounts(@AuthenticationPrincipal PortalPrincipal customer) {
		return this.accounts.ofCustomer(customer.requireCustomerId());
	}

}
