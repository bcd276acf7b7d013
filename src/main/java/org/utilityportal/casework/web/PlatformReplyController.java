package org.utilityportal.casework.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.utilityportal.casework.Platform;
import org.utilityportal.casework.PlatformReplyReport;
import org.utilityportal.casework.PlatformReplyRow;
import org.utilityportal.shared.web.Csv;

/**
 * The replies sent back to a platform (12345 and others) over a period, for supervisors:
 * a page and the CSV the platform takes, in its usual columns (Chinese headers, as the
 * platforms' import sheets name them). The list holds no customer data, so it is not
 * access-logged.
 */
@Controller
@RequiredArgsConstructor
class PlatformReplyController {

	/** The platforms' usual columns: ticket, received, deadline, unit, result, ... */
	static final String HEADER = "工单编号,受理时间,办理时限,承办单位,办理状态,回复时间,回复内容,回复人,回复人工号,是否超期,本单位工单号";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final int PAGE_ROWS = 500;

	private final PlatformReplyReport report;

	private final Clock clock;

	@GetMapping("/supervisor/platform-replies")
	String page(@RequestParam(defaultValue = "GOV_12345") Platform platform,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate last = (to != null) ? to : LocalDate.now(this.clock);
		LocalDate first = (from != null && !from.isAfter(last)) ? from : last.minusDays(29);
		List<PlatformReplyRow> rows = new ArrayList<>();
		this.report.forEach(platform, first, last, (row) -> {
			if (rows.size() <= PAGE_ROWS) {
				rows.add(row);
			}
		});
		model.addAttribute("platform", platform);
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("rows", rows.stream().limit(PAGE_ROWS).toList());
		model.addAttribute("more", rows.size() > PAGE_ROWS);
		return "casework/platform-replies";
	}

	@GetMapping("/supervisor/platform-replies.csv")
	void csv(@RequestParam Platform platform,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response)
			throws IOException {
		PrintWriter writer = Csv.download(response, "platform-replies-" + platform.name() + ".csv");
		writer.println(HEADER);
		this.report.forEach(platform, from, to,
				(row) -> writer.println(String.join(",", Csv.cell(row.ticket()), time(row.receivedAt()),
						time(row.platformDueAt()), Csv.cell(row.unit()), row.status().name(), time(row.repliedAt()),
						Csv.cell(row.text()), Csv.cell(row.repliedBy()), Csv.cell(row.repliedByWorkNumber()),
						row.late() ? "是" : "否", row.caseNumber())));
		writer.flush();
	}

	private String time(Instant at) {
		return (at != null) ? TIME.format(at.atZone(this.clock.getZone())) : "";
	}

}
