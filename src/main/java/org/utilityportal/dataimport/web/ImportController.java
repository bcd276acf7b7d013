package org.utilityportal.dataimport.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.dataimport.GoLiveImports;
import org.utilityportal.dataimport.ImportRunView;
import org.utilityportal.dataimport.RejectionView;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.Csv;

/**
 * Administrators: upload a legacy file (which starts its dry run), follow the progress
 * (the page reads it from the database, so a reload shows it; a small script refreshes
 * it), read the rejected rows or download them, start the import.
 */
@Controller
@RequestMapping("/admin/imports")
@RequiredArgsConstructor
class ImportController {

	private static final int SHOWN = 500;

	private final GoLiveImports imports;

	private final MessageSource messages;

	private final AccessLog accessLog;

	@GetMapping
	String list(Model model) {
		model.addAttribute("runs", this.imports.recent());
		return "dataimport/list";
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "AUTO") String charset, @AuthenticationPrincipal PortalPrincipal admin,
			Model model, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "import.error.noFile");
			return list(model);
		}
		long id = this.imports.upload(file.getOriginalFilename(), file.getInputStream(), charset, admin.username());
		redirect.addFlashAttribute("notice", "import.notice.uploaded");
		return "redirect:/admin/imports/" + id;
	}

	@GetMapping("/{id}")
	String run(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal admin, Model model) {
		ImportRunView run = this.imports.run(id);
		model.addAttribute("run", run);
		List<RejectionView> rejections = this.imports.rejections(id, SHOWN);
		if (!rejections.isEmpty()) {
			// Rejected rows quote identity and mobile numbers of people not yet
			// customers.
			this.accessLog.record(admin, AccessAction.VIEW, AccessChannel.WEB, null, null,
					"go-live import " + id + ": rejected rows");
		}
		model.addAttribute("rejections", rejections);
		model.addAttribute("shown", SHOWN);
		return "dataimport/run";
	}

	@GetMapping("/{id}/progress")
	@ResponseBody
	Map<String, Object> progress(@PathVariable long id, Locale locale) {
		ImportRunView run = this.imports.run(id);
		return Map.of("status", run.status(), "percent", run.percent(), "working", run.working(), "text",
				this.messages.getMessage("import.progressValue",
						new Object[] { run.rowsDone(), run.totalRows(), run.percent() }, locale));
	}

	@PostMapping("/{id}/import")
	String startImport(@PathVariable long id, @RequestParam long version,
			@AuthenticationPrincipal PortalPrincipal admin, RedirectAttributes redirect) {
		try {
			String refusal = this.imports.startImport(id, version, admin.username());
			redirect.addFlashAttribute((refusal != null) ? "problem" : "notice",
					(refusal != null) ? refusal : "import.notice.importing");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
		}
		return "redirect:/admin/imports/" + id;
	}

	@PostMapping("/{id}/check")
	String checkAgain(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.imports.checkAgain(id, version);
			redirect.addFlashAttribute("notice", "import.notice.checking");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
		}
		return "redirect:/admin/imports/" + id;
	}

	@GetMapping("/{id}/rejections.csv")
	void rejections(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal admin, HttpServletResponse response,
			Locale locale) throws IOException {
		this.imports.run(id);
		this.accessLog.record(admin, AccessAction.EXPORT, AccessChannel.WEB, null, null,
				"go-live import " + id + ": rejected rows (CSV)");
		PrintWriter out = Csv.download(response, "import-" + id + "-rejected.csv");
		out.print(
				String.join(",", Csv.cell(text("import.csv.line", locale)), Csv.cell(text("import.csv.field", locale)),
						Csv.cell(text("import.csv.message", locale)), Csv.cell(text("import.csv.row", locale))));
		out.print("\r\n");
		for (RejectionView rejection : this.imports.rejections(id, Integer.MAX_VALUE)) {
			StringBuilder line = new StringBuilder();
			line.append(rejection.lineNumber()).append(',').append(Csv.cell(rejection.field())).append(',');
			line.append(Csv.cell(this.messages.getMessage(rejection.messageKey(), rejection.args().toArray(),
					rejection.messageKey(), locale)));
			for (String value : cells(rejection.rawLine())) {
				line.append(',').append(Csv.cell(value));
			}
			out.print(line);
			out.print("\r\n");
		}
		out.flush();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String[] cells(String raw) {
		try {
			for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(raw))) {
				return record.values();
			}
		}
		catch (IOException | IllegalStateException ex) {
			return new String[] { raw };
		}
		return new String[0];
	}

}
