package org.utilityportal.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.shared.security.PortalPrincipal;

/** Who the API caller is. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Identity")
class MeApiController {

	@GetMapping
	@Operation(summary = "The signed-in account: name, role, work number (staff) or customer id")
	MeView me(@AuthenticationPrincipal PortalPrincipal principal) {
		return new MeView(principal.username(), principal.displayName(), principal.role().name(),
				principal.workNumber().orElse(null), principal.customerId().orElse(null));
	}

	/**
	 * The API's view of the signed-in account.
	 *
	 * @param username sign-in name
	 * @param displayName name shown in the portal
	 * @param role CUSTOMER, COUNTER, SUPERVISOR or ADMIN
	 * @param workNumber staff work number, absent for customers
	 * @param customerId the customer's id, absent for staff
	 */
	record MeView(String username, String displayName, String role, String workNumber, Long customerId) {
	}

}
