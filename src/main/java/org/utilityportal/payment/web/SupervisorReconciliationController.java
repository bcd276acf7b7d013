package org.utilityportal.payment.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.payment.ReconcileResult;
import org.utilityportal.payment.Reconciliations;
import org.utilityportal.payment.PaymentProvider;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.Csv;

/**
 * Supervisors (finance) reconcile each source's statement of a day against the portal,
 * read the differences, export them as CSV and close each with a reason.
 */
@Controller
@RequestMapping("/supervisor/reconciliation")
@RequiredArgsConstructor
class SupervisorReconciliationController {

	private static final int PAGE_SIZE = 50;

	private final Reconciliations reconciliations;

	private final MessageSource messages;

	@GetMapping
	String list(Model model) {
		model.addAttribute("reconciliations", this.reconciliations.recent(60));
		model.addAttribute("sources", this.reconciliations.sources());
		return "payment/reconciliations";
	}

	@PostMapping
	String reconcile(@RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String day,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "upload") String how,
			@AuthenticationPrincipal PortalPrincipal supervisor, Model model, RedirectAttributes redirect)
			throws IOException {
		LocalDate date = parse(day);
		boolean fetch = "fetch".equals(how);
		if (date == null || !this.reconciliations.sources().contains(source)
				|| (!fetch && (file == null || file.isEmpty()))) {
			model.addAttribute("dayError", (date == null) ? "reconciliation.error.day" : null);
			model.addAttribute("sourceError",
					this.reconciliations.sources().contains(source) ? null : "reconciliation.error.source");
			model.addAttribute("fileError",
					(!fetch && (file == null || file.isEmpty())) ? "reconciliation.error.file" : null);
			return list(model);
		}
		ReconcileResult result;
		try {
			if (fetch) {
				result = this.reconciliations.fetch(source, date, supervisor.username());
			}
			else {
				try (InputStream in = file.getInputStream()) {
					result = this.reconciliations.reconcile(source, date, in, file.getOriginalFilename(),
							supervisor.username());
				}
			}
		}
		catch (PaymentProvider.ProviderException ex) {
			redirect.addFlashAttribute("problem", "reconciliation.error.fetch");
			return "redirect:/supervisor/reconciliation";
		}
		if (!result.isImported()) {
			model.addAttribute("problems", result.problems());
			return list(model);
		}
		redirect.addFlashAttribute("notice", "reconciliation.notice.done");
		return "redirect:/supervisor/reconciliation/" + result.reconciliation().id();
	}

	@GetMapping("/{id}")
	String reconciliation(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(0, page);
		var differences = this.reconciliations.differences(id, current, PAGE_SIZE + 1);
		model.addAttribute("reconciliation", this.reconciliations.reconciliation(id));
		model.addAttribute("differences", differences.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("page", current);
		model.addAttribute("hasNext", differences.size() > PAGE_SIZE);
		return "payment/reconciliation";
	}

	@GetMapping("/{id}.csv")
	void csv(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		var reconciliation = this.reconciliations.reconciliation(id);
		PrintWriter out = Csv.download(response,
				"reconciliation-" + reconciliation.source() + "-" + reconciliation.statementDate() + ".csv");
		this.reconciliations.csv(id, out,
				List.of("difference.kind", "difference.reference", "difference.txn", "difference.statementAmount",
						"difference.portalAmount", "difference.status", "difference.closedBy", "difference.reason")
					.stream()
					.map((key) -> this.messages.getMessage(key, null, locale))
					.toList());
	}

	@PostMapping("/differences/{differenceId}/close")
	String close(@PathVariable long differenceId, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal PortalPrincipal supervisor,
			RedirectAttributes redirect) {
		long id = this.reconciliations.reconciliationOf(differenceId);
		if (reason.isBlank() || reason.length() > 300) {
			redirect.addFlashAttribute("problem", "difference.error.reason");
			return "redirect:/supervisor/reconciliation/" + id;
		}
		try {
			this.reconciliations.close(differenceId, version, reason, supervisor.username());
			redirect.addFlashAttribute("notice", "difference.notice.closed");
		}
		catch (StaleEditException | IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
		}
		return "redirect:/supervisor/reconciliation/" + id;
	}

	private static LocalDate parse(String day) {
		try {
			return LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
