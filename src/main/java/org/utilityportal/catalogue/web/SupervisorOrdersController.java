package org.utilityportal.catalogue.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.utilityportal.catalogue.Catalogue;
import org.utilityportal.catalogue.OrderView;
import org.utilityportal.catalogue.ServiceOrders;
import org.utilityportal.shared.web.Csv;

/**
 * The dashboard's drill-down from a service's row to its orders of the period, and their
 * CSV export. The list holds no personal data (case numbers, dates, status), so it is not
 * written to the access log; opening an order is.
 */
@Controller
@RequestMapping("/supervisor/orders")
@RequiredArgsConstructor
class SupervisorOrdersController {

	/** Orders shown on the page; the CSV export has them all. */
	static final int PAGE_LIMIT = 200;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Catalogue catalogue;

	private final ServiceOrders orders;

	private final Clock clock;

	@GetMapping
	String list(@RequestParam String service,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		List<OrderView> found = this.orders.ofService(service, start(from), start(to.plusDays(1)), PAGE_LIMIT + 1);
		model.addAttribute("service", service);
		model.addAttribute("versions", this.catalogue.versions(service));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("orders", found.stream().limit(PAGE_LIMIT).toList());
		model.addAttribute("more", found.size() > PAGE_LIMIT);
		return "catalogue/supervisor-orders";
	}

	@GetMapping(value = "", params = "csv")
	void csv(@RequestParam String service, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response)
			throws IOException {
		this.catalogue.versions(service);
		PrintWriter writer = Csv.download(response, "orders-" + service + ".csv");
		writer.println("case,service,area,ordered_at,status,response_due_at,responded_at,completion_due_at,"
				+ "completed_at,late");
		for (OrderView o : this.orders.ofService(service, start(from), start(to.plusDays(1)), Integer.MAX_VALUE)) {
			writer.println(String.join(",", o.caseNumber(), Csv.cell(o.entry().code()), o.area().name(),
					time(o.orderedAt()), o.caseStatus().name(), time(o.responseDueAt()), time(o.respondedAt()),
					time(o.completionDueAt()), time(o.completedAt()), String.valueOf(o.late())));
		}
		writer.flush();
	}

	private Instant start(LocalDate day) {
		return day.atStartOfDay(this.clock.getZone()).toInstant();
	}

	private String time(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(this.clock.getZone())) : "";
	}

}
