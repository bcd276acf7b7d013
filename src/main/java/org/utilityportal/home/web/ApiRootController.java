package org.utilityportal.home.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * The root of the JSON API, {@code /api/v1}: names the caller and links to what they may
 * use. Later modules add their resources under the same root.
 */
@RestController
@Tag(name = "API root")
class ApiRootController {

	@GetMapping("/api/v1")
	@Operation(summary = "Entry point: the caller's role and links to the API's resources")
	ApiRoot root(@AuthenticationPrincipal PortalPrincipal principal) {
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", "/api/v1");
		links.put("me", "/api/v1/me");
		links.put("openapi", "/v3/api-docs");
		return new ApiRoot("Utility Portal", "v1", principal.username(), principal.role().name(), links);
	}

	/**
	 * The API's entry point.
	 *
	 * @param name product name
	 * @param version API version
	 * @param user the caller's sign-in name
	 * @param role the caller's role
	 * @param links named links to resources
	 */
	record ApiRoot(String name, String version, String user, String role, Map<String, String> links) {
	}

}
