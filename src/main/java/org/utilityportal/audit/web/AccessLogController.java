package org.utilityportal.audit.web;

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
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.audit.AccessLogEntry;
import org.utilityportal.audit.AccessLogFilter;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.Csv;

/**
 * The access log for supervisors and administrators: filter, page through, export as CSV.
 */
@Controller
@RequestMapping("/audit/access-log")
@RequiredArgsConstructor
class AccessLogController {

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AccessLog accessLog;

	private final Clock clock;

	@GetMapping
	String list(@RequestParam(required = false) String staff, @RequestParam(required = false) Long customer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AccessLogFilter filter = new AccessLogFilter(staff, customer, from, to);
		int current = Math.max(page, 0);
		List<AccessLogEntry> entries = this.accessLog.find(filter, current, PAGE_SIZE + 1);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("page", current);
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		model.addAttribute("zone", this.clock.getZone());
		return "audit/access-log";
	}

	@GetMapping(path = "/export", produces = "text/csv")
	void export(@RequestParam(required = false) String staff, @RequestParam(required = false) Long customer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal PortalPrincipal principal, HttpServletResponse response) throws IOException {
		AccessLogFilter filter = new AccessLogFilter(staff, customer, from, to);
		this.accessLog.record(principal, AccessAction.EXPORT, AccessChannel.WEB, customer, null,
				"access log " + describe(filter));
		PrintWriter writer = Csv.download(response, "access-log.csv");
		writer.println("id,time,staff_id,staff_name,work_number,action,channel,customer_id,field,detail");
		this.accessLog.forEach(filter,
				(entry) -> writer.println(String.join(",", String.valueOf(entry.id()),
						TIME.format(entry.occurredAt().atZone(this.clock.getZone())), String.valueOf(entry.staffId()),
						Csv.cell(entry.staffName()), Csv.cell(entry.workNumber()), entry.action().name(),
						entry.channel().name(), (entry.customerId() != null) ? entry.customerId().toString() : "",
						Csv.cell(entry.field()), Csv.cell(entry.detail()))));
		writer.flush();
	}

	private static String describe(AccessLogFilter filter) {
		return "staff=" + filter.staff() + " customer=" + filter.customerId() + " from=" + filter.from() + " to="
				+ filter.to();
	}

}
