package org.utilityportal.support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page that always fails, so tests can see what a browser gets when the server fails.
 */
@RestController
class FailingController {

	static final String SECRET = "SELECT password_hash FROM user_account";

	@GetMapping({ "/my/test-failure", "/api/v1/test-failure" })
	String fail() {
		throw new IllegalStateException("Deliberate failure with a secret detail: " + SECRET);
	}

}
