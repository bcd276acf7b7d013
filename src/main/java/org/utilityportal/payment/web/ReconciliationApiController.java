package org.utilityportal.payment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.payment.DifferenceView;
import org.utilityportal.payment.ReconciliationView;
import org.utilityportal.payment.Reconciliations;

/** Reconciliation results over JSON, for supervisors. */
@RestController
@RequestMapping("/api/v1/reconciliations")
@RequiredArgsConstructor
@PreAuthorize("hasRole('SUPERVISOR')")
@Tag(name = "Reconciliation")
class ReconciliationApiController {

	private static final int PAGE_SIZE = 100;

	private final Reconciliations reconciliations;

	@GetMapping
	@Operation(summary = "The latest reconciliations, newest day first, with their counts")
	List<ReconciliationView> recent() {
		return this.reconciliations.recent(60);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One reconciliation with its counts")
	ReconciliationView reconciliation(@PathVariable long id) {
		return this.reconciliations.reconciliation(id);
	}

	@GetMapping("/{id}/differences")
	@Operation(summary = "A page of 100 differences, open ones first")
	List<DifferenceView> differences(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
		return this.reconciliations.differences(id, Math.max(0, page), PAGE_SIZE);
	}

}
