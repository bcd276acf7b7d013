package org.utilityportal.sandbox.web;

import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.sandbox.internal.SandboxProvider;

/**
 * The sandbox provider's merchant API: form-encoded signed requests, signed JSON answers
 * ({@code code} SUCCESS or FAIL), a statement as text. Not part of the portal's own API:
 * it stands for the provider's servers.
 */
@RestController
@RequestMapping(path = "/sandbox-pay/api", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnBooleanProperty("portal.payments.sandbox.enabled")
@RequiredArgsConstructor
class SandboxApiController {

	private final SandboxProvider provider;

	@PostMapping("/orders")
	ResponseEntity<Map<String, String>> create(@RequestParam Map<String, String> request) {
		return answer(this.provider.create(request));
	}

	@PostMapping("/orders/query")
	ResponseEntity<Map<String, String>> query(@RequestParam Map<String, String> request) {
		return answer(this.provider.query(request));
	}

	@PostMapping("/orders/close")
	ResponseEntity<Map<String, String>> close(@RequestParam Map<String, String> request) {
		return answer(this.provider.close(request));
	}

	@PostMapping(path = "/statements", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> statement(@RequestParam Map<String, String> request) {
		String statement = this.provider.statement(request);
		return (statement != null) ? ResponseEntity.ok(statement)
				: ResponseEntity.status(HttpStatus.BAD_REQUEST).body("FAIL");
	}

	private static ResponseEntity<Map<String, String>> answer(Map<String, String> fields) {
		return "SUCCESS".equals(fields.get("code")) ? ResponseEntity.ok(fields)
				: ResponseEntity.status(HttpStatus.BAD_REQUEST).body(fields);
	}

}
