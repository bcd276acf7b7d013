package org.utilityportal.notice.web;

import java.time.Clock;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.utilityportal.notice.Notices;
import org.utilityportal.shared.domain.Utility;

/**
 * The public notices page: current and upcoming notices, by utility and area, no sign-in.
 */
@Controller
@RequestMapping("/public/notices")
@RequiredArgsConstructor
class PublicNoticesController {

	private final Notices notices;

	private final Clock clock;

	@GetMapping
	String list(@RequestParam(required = false) Utility utility, @RequestParam(required = false) String area,
			Model model) {
		String filter = (area != null && area.length() > 100) ? area.substring(0, 100) : area;
		model.addAttribute("notices", this.notices.published(utility, filter));
		model.addAttribute("utility", utility);
		model.addAttribute("area", filter);
		model.addAttribute("utilities", Utility.values());
		model.addAttribute("districts", this.notices.districts());
		model.addAttribute("now", this.clock.instant());
		return "notice/public";
	}

}
