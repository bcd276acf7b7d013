package org.utilityportal.appraisal.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.YearMonth;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.utilityportal.appraisal.AppraisalRow;
import org.utilityportal.appraisal.Appraisals;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.Csv;

/**
 * The monthly appraisal: each clerk's own breakdown ({@code /counter/appraisal}), the
 * league table per unit for supervisors ({@code /supervisor/appraisal}) and its CSV for
 * payroll. Appraisals hold no customer data, so they are not access-logged.
 */
@Controller
@RequiredArgsConstructor
class AppraisalController {

	private final Appraisals appraisals;

	private final OrgUnits orgUnits;

	@GetMapping("/counter/appraisal")
	String mine(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@AuthenticationPrincipal PortalPrincipal me, Model model) {
		YearMonth chosen = (month != null) ? month : this.appraisals.thisMonth();
		model.addAttribute("month", chosen);
		model.addAttribute("row", this.appraisals.of(me.userId(), chosen));
		return "appraisal/mine";
	}

	@GetMapping("/supervisor/appraisal")
	String league(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) Long unit, Model model) {
		YearMonth chosen = (month != null) ? month : this.appraisals.thisMonth();
		model.addAttribute("month", chosen);
		model.addAttribute("unit", unit);
		model.addAttribute("units", this.orgUnits.all());
		model.addAttribute("rows", this.appraisals.league(chosen, unit));
		model.addAttribute("weights", this.appraisals.weightsFor(chosen));
		return "appraisal/league";
	}

	@GetMapping("/supervisor/appraisal.csv")
	void csv(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) Long unit, HttpServletResponse response) throws IOException {
		PrintWriter writer = Csv.download(response, "appraisal-" + month + ".csv");
		writer.println("month,work_number,name,unit,rank,sla_percent,satisfaction_percent,repeats_percent,"
				+ "inspections_percent,actions_percent,score,sla_measured,sla_on_time,visits,satisfied,resolved,repeats,"
				+ "inspections,actions_due,actions_on_time,weight_sla,weight_satisfaction,weight_repeats,"
				+ "weight_inspections,weight_actions");
		for (AppraisalRow row : this.appraisals.league(month, unit)) {
			var r = row.result();
			var in = row.input();
			var w = row.weights();
			writer.println(String.join(",", month.toString(), Csv.cell(row.workNumber()), Csv.cell(row.name()),
					Csv.cell(row.unit()), (row.rank() != null) ? row.rank().toString() : "", plain(r.sla()),
					plain(r.satisfaction()), plain(r.repeats()), plain(r.inspections()), plain(r.actions()),
					plain(r.score()), String.valueOf(in.slaMeasured()), String.valueOf(in.slaOnTime()),
					String.valueOf(in.visits()), String.valueOf(in.satisfied()), String.valueOf(in.resolved()),
					String.valueOf(in.repeats()), String.valueOf(in.inspections()), String.valueOf(in.actionsDue()),
					String.valueOf(in.actionsOnTime()), String.valueOf(w.sla()), String.valueOf(w.satisfaction()),
					String.valueOf(w.repeats()), String.valueOf(w.inspections()), String.valueOf(w.actions())));
		}
		writer.flush();
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

}
