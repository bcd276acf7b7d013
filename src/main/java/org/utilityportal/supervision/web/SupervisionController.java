package org.utilityportal.supervision.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.utilityportal.casework.CaseFilter;
import org.utilityportal.casework.CaseReads;
import org.utilityportal.catalogue.OrderCommitmentReport;
import org.utilityportal.casework.CaseReport;
import org.utilityportal.casework.CaseRow;
import org.utilityportal.casework.Dashboard;
import org.utilityportal.casework.Nature;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.Csv;

/**
 * The supervisor's dashboard for a period (default: the last 30 days), the drill-down
 * list of cases, and CSV export of the list and of the compliance table. Lists hold no
 * personal data, so neither is written to the access log.
 */
@Controller
@RequestMapping("/supervisor")
@RequiredArgsConstructor
class SupervisionController {

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CaseReport report;

	private final CaseReads reads;

	private final OrderCommitmentReport orders;

	private final OrgUnits orgUnits;

	private final Clock clock;

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate last = (to != null) ? to : LocalDate.now(this.clock);
		LocalDate first = (from != null && !from.isAfter(last)) ? from : last.minusDays(29);
		model.addAttribute("d", this.report.dashboard(first, last));
		model.addAttribute("orders", this.orders.commitments(start(first), start(last.plusDays(1))));
		return "supervision/dashboard";
	}

	@GetMapping("/dashboard/orders.csv")
	void ordersCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response)
			throws IOException {
		PrintWriter writer = Csv.download(response, "catalogue-orders.csv");
		writer.println("service,utility,orders,done_in_time,done_late,open_in_time,open_late");
		for (OrderCommitmentReport.CommitmentRow row : this.orders.commitments(start(from), start(to.plusDays(1)))) {
			writer.println(String.join(",", Csv.cell(row.code()), row.utility().name(), String.valueOf(row.orders()),
					String.valueOf(row.doneInTime()), String.valueOf(row.doneLate()), String.valueOf(row.openInTime()),
					String.valueOf(row.openLate())));
		}
		writer.flush();
	}

	private java.time.Instant start(LocalDate day) {
		return day.atStartOfDay(this.clock.getZone()).toInstant();
	}

	@GetMapping("/dashboard/compliance.csv")
	void complianceCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response)
			throws IOException {
		Dashboard d = this.report.dashboard(from, to);
		PrintWriter writer = Csv.download(response, "sla-compliance.csv");
		writer.println("dimension,key,label,cases,first_reply_measured,first_reply_on_time,resolution_measured,"
				+ "resolution_on_time");
		for (Dashboard.Compliance row : d.compliance()) {
			writer.println(String.join(",", row.dimension(), Csv.cell(row.key()), Csv.cell(row.label()),
					String.valueOf(row.cases()), String.valueOf(row.firstReplyMeasured()),
					String.valueOf(row.firstReplyOnTime()), String.valueOf(row.resolutionMeasured()),
					String.valueOf(row.resolutionOnTime())));
		}
		writer.flush();
	}

	@GetMapping("/cases")
	String cases(CaseFilterParams params, @RequestParam(defaultValue = "0") int page, Model model) {
		CaseFilter filter = params.filter();
		int current = Math.max(0, page);
		List<CaseRow> rows = this.reads.find(filter, current, PAGE_SIZE + 1);
		model.addAttribute("filter", filter);
		model.addAttribute("rows", rows.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("page", current);
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("units", this.orgUnits.all());
		model.addAttribute("natures", Nature.values());
		model.addAttribute("utilities", Utility.values());
		return "supervision/cases";
	}

	@GetMapping("/cases.csv")
	void casesCsv(CaseFilterParams params, @AuthenticationPrincipal PortalPrincipal supervisor,
			HttpServletResponse response) throws IOException {
		PrintWriter writer = Csv.download(response, "cases.csv");
		writer.println("number,registered_at,nature,subject,utility,status,tier,due_at,late,repeat,owner_work_number,"
				+ "summary");
		this.reads.export(params.filter(), supervisor,
				(row) -> writer.println(String.join(",", row.number(), time(row.registeredAt()), row.nature().name(),
						row.subject().name(), row.utility().name(), row.status().name(), String.valueOf(row.tier()),
						time(row.dueAt()), String.valueOf(row.late()), String.valueOf(row.repeat()),
						Csv.cell(row.ownerWorkNumber()), Csv.cell(row.summary()))));
		writer.flush();
	}

	private String time(java.time.Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(this.clock.getZone())) : "";
	}

	/** The list's filter as request parameters. */
	record CaseFilterParams(String view, Integer tier, Long unit, Long person, Nature nature, Utility utility,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

		CaseFilter filter() {
			return new CaseFilter(this.view, this.tier, this.unit, this.person, this.nature, this.utility, this.from,
					this.to);
		}

	}

}
