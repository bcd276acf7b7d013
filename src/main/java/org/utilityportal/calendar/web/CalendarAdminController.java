package org.utilityportal.calendar.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.calendar.Occasion;
import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.calendar.WorkingCalendars;
import org.utilityportal.calendar.web.CalendarForms.DayForm;
import org.utilityportal.calendar.web.CalendarForms.HoursForm;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Working calendars for administrators: the list, one calendar's year with its holidays
 * and make-up days, and forms to add or remove a day or change the weekly hours.
 */
@Controller
@RequestMapping("/admin/calendars")
@RequiredArgsConstructor
class CalendarAdminController {

	private static final String PAGE = "calendar/calendar";

	private final WorkingCalendars calendars;

	private final OrgUnits orgUnits;

	@ModelAttribute("occasions")
	Occasion[] occasions() {
		return Occasion.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("calendars", this.calendars.all());
		model.addAttribute("units", this.orgUnits.byId());
		return "calendar/list";
	}

	@GetMapping("/{id}")
	String calendar(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		WorkingCalendar calendar = this.calendars.byId(id);
		DayForm dayForm = new DayForm();
		dayForm.setVersion(calendar.version());
		model.addAttribute("dayForm", dayForm);
		LocalDate from = this.calendars.firstChangeableDay();
		model.addAttribute("hoursForm", HoursForm.of(calendar.hoursOn(from), from, calendar.version()));
		return page(calendar, year, model);
	}

	@PostMapping("/{id}/days")
	String setDay(@PathVariable long id, @Valid @ModelAttribute("dayForm") DayForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && form.getDay().isBefore(this.calendars.firstChangeableDay())) {
			result.rejectValue("day", "calendar.validation.future");
		}
		if (!result.hasErrors()) {
			try {
				this.calendars.setDay(id, form.getVersion(), form.getDay(), form.isHoliday(), form.getOccasion(),
						admin.username());
				redirect.addFlashAttribute("notice", "calendar.notice.daySaved");
				return "redirect:/admin/calendars/" + id + "?year=" + form.getDay().getYear();
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		WorkingCalendar calendar = this.calendars.byId(id);
		LocalDate from = this.calendars.firstChangeableDay();
		model.addAttribute("hoursForm", HoursForm.of(calendar.hoursOn(from), from, calendar.version()));
		return page(calendar, (form.getDay() != null) ? form.getDay().getYear() : null, model);
	}

	@PostMapping("/{id}/days/{day}/remove")
	String removeDay(@PathVariable long id, @PathVariable LocalDate day, @RequestParam long version,
			@AuthenticationPrincipal PortalPrincipal admin, RedirectAttributes redirect) {
		try {
			this.calendars.removeDay(id, version, day, admin.username());
			redirect.addFlashAttribute("notice", "calendar.notice.dayRemoved");
		}
		catch (StaleEditException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("notice", "calendar.notice.notChanged");
		}
		return "redirect:/admin/calendars/" + id + "?year=" + day.getYear();
	}

	@PostMapping("/{id}/hours")
	String changeHours(@PathVariable long id, @Valid @ModelAttribute("hoursForm") HoursForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
		var days = form.parse(result);
		if (form.getEffectiveFrom() != null && form.getEffectiveFrom().isBefore(this.calendars.firstChangeableDay())) {
			result.rejectValue("effectiveFrom", "calendar.validation.future");
		}
		if (!result.hasErrors()) {
			try {
				this.calendars.changeHours(id, form.getVersion(), form.getEffectiveFrom(), days, admin.username());
				redirect.addFlashAttribute("notice", "calendar.notice.hoursSaved");
				return "redirect:/admin/calendars/" + id;
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		WorkingCalendar calendar = this.calendars.byId(id);
		DayForm dayForm = new DayForm();
		dayForm.setVersion(calendar.version());
		model.addAttribute("dayForm", dayForm);
		return page(calendar, null, model);
	}

	private String page(WorkingCalendar calendar, Integer year, Model model) {
		int shown = (year != null) ? year : this.calendars.firstChangeableDay().minusDays(1).getYear();
		model.addAttribute("calendar", calendar);
		model.addAttribute("year", shown);
		model.addAttribute("days", calendar.specialDaysOf(shown));
		model.addAttribute("firstChangeable", this.calendars.firstChangeableDay());
		model.addAttribute("unit",
				(calendar.orgUnitId() != null) ? this.orgUnits.byId().get(calendar.orgUnitId()) : null);
		model.addAttribute("weekdays", java.time.DayOfWeek.values());
		model.addAttribute("currentHours", calendar.hoursOn(this.calendars.firstChangeableDay().minusDays(1)));
		return PAGE;
	}

}
