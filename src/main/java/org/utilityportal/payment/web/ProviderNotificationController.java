package org.utilityportal.payment.web;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.payment.PaymentOrders;
import org.utilityportal.shared.web.FormEncoding;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Where providers send their notifications (server to server, no sign-in: the signature
 * is the proof). Every notification is recorded and answered as its provider expects,
 * also when handling it failed.
 */
@Slf4j
@RestController
@RequiredArgsConstructor
class ProviderNotificationController {

	private final PaymentOrders orders;

	@PostMapping("/payments/notify/{provider}")
	ResponseEntity<String> notified(@PathVariable String provider, @RequestParam Map<String, String> fields) {
		String body = FormEncoding.encode(fields);
		try {
			return this.orders.notified(provider, fields, body);
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.error("Notification from {} could not be handled", provider, ex);
			return this.orders.failed(provider, fields, body);
		}
	}

}
