package org.utilityportal.payment.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.payment.DebitBatchView;
import org.utilityportal.payment.DirectDebits;
import org.utilityportal.payment.Mandates;
import org.utilityportal.payment.ReturnResult;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.Decisions;

/**
 * Supervisors (finance) approve mandates, make the day's direct-debit collection, give
 * its debit file to the bank and import the bank's return file. The pending mandates
 * (holders' names), a collection's page (the accounts whose debit failed) and its debit
 * file (every holder's name and bank account) are personal data: each view leaves one
 * access-log record naming the list or the batch (issue 13).
 */
@Controller
@RequestMapping("/supervisor")
@RequiredArgsConstructor
class SupervisorDebitController {

	private static final int FAILED_SHOWN = 200;

	private final Mandates mandates;

	private final DirectDebits debits;

	private final AccessLog accessLog;

	@GetMapping("/mandates")
	String mandates(@AuthenticationPrincipal PortalPrincipal supervisor, Model model) {
		this.accessLog.record(supervisor, AccessAction.VIEW, AccessChannel.WEB, null, null, "pending mandates");
		model.addAttribute("mandates", this.mandates.pending());
		return "payment/mandates-pending";
	}

	@PostMapping("/mandates/{mandateId}")
	String decide(@PathVariable long mandateId, @RequestParam long version, @RequestParam boolean approve,
			@AuthenticationPrincipal PortalPrincipal supervisor, RedirectAttributes redirect) {
		Decisions.flash(redirect, approve, "mandate.notice.approved", "mandate.notice.rejected",
				() -> this.mandates.decide(mandateId, version, approve, supervisor.username()));
		return "redirect:/supervisor/mandates";
	}

	@GetMapping("/direct-debit")
	String batches(Model model) {
		model.addAttribute("batches", this.debits.recent(30));
		return "payment/debit-batches";
	}

	@PostMapping("/direct-debit")
	String collect(@RequestParam(defaultValue = "") String collectionDate,
			@AuthenticationPrincipal PortalPrincipal supervisor, Model model, RedirectAttributes redirect) {
		LocalDate date;
		try {
			date = LocalDate.parse(collectionDate.strip());
		}
		catch (DateTimeParseException ex) {
			model.addAttribute("collectionDateError", "debitBatch.error.date");
			return batches(model);
		}
		DebitBatchView batch = this.debits.collect(date, supervisor.username());
		if (batch == null) {
			redirect.addFlashAttribute("problem", "debitBatch.error.nothing");
			return "redirect:/supervisor/direct-debit";
		}
		redirect.addFlashAttribute("notice", "debitBatch.notice.created");
		return "redirect:/supervisor/direct-debit/" + batch.batchNumber();
	}

	@GetMapping("/direct-debit/{batchNumber}")
	String batch(@PathVariable String batchNumber, @AuthenticationPrincipal PortalPrincipal supervisor, Model model) {
		model.addAttribute("batch", this.debits.batch(batchNumber));
		this.accessLog.record(supervisor, AccessAction.VIEW, AccessChannel.WEB, null, null,
				"direct-debit batch " + batchNumber);
		model.addAttribute("failed", this.debits.failed(batchNumber, FAILED_SHOWN));
		return "payment/debit-batch";
	}

	@GetMapping("/direct-debit/{batchNumber}.txt")
	void debitFile(@PathVariable String batchNumber, @AuthenticationPrincipal PortalPrincipal supervisor,
			HttpServletResponse response) throws IOException {
		this.debits.batch(batchNumber);
		this.accessLog.record(supervisor, AccessAction.EXPORT, AccessChannel.WEB, null, null,
				"direct-debit file " + batchNumber);
		response.setContentType("text/plain;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(batchNumber + ".txt").build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.debits.debitFile(batchNumber, out);
		out.flush();
	}

	@PostMapping("/direct-debit/{batchNumber}/return")
	String returnFile(@PathVariable String batchNumber, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal PortalPrincipal supervisor, Model model, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "returnFile.error.empty");
			return batch(batchNumber, supervisor, model);
		}
		ReturnResult result;
		try (InputStream in = file.getInputStream()) {
			result = this.debits.applyReturn(batchNumber, in, file.getOriginalFilename(), supervisor.username());
		}
		if (!result.isApplied()) {
			model.addAttribute("problems", result.problems());
			return batch(batchNumber, supervisor, model);
		}
		redirect.addFlashAttribute("result", result);
		redirect.addFlashAttribute("notice", "returnFile.notice.applied");
		return "redirect:/supervisor/direct-debit/" + batchNumber;
	}

}
