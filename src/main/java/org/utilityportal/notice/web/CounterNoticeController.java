package org.utilityportal.notice.web;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.utilityportal.notice.NoticeStatus;
import org.utilityportal.notice.Notices;
import org.utilityportal.shared.domain.Utility;

/**
 * Notices for counter and hotline staff, read only, to answer calls: published ones by
 * default, withdrawn and superseded ones on request; drafts are not shown.
 */
@Controller
@RequestMapping("/counter/notices")
@RequiredArgsConstructor
class CounterNoticeController {

	private final Notices notices;

	@GetMapping
	String list(@RequestParam(required = false) Utility utility, @RequestParam(required = false) NoticeStatus status,
			Model model) {
		NoticeStatus shown = (status == null || status == NoticeStatus.DRAFT) ? NoticeStatus.PUBLISHED : status;
		model.addAttribute("notices", this.notices.newest(utility, shown));
		model.addAttribute("utility", utility);
		model.addAttribute("status", shown);
		model.addAttribute("utilities", Utility.values());
		model.addAttribute("statuses",
				new NoticeStatus[] { NoticeStatus.PUBLISHED, NoticeStatus.WITHDRAWN, NoticeStatus.SUPERSEDED });
		model.addAttribute("base", "/counter/notices");
		model.addAttribute("admin", false);
		return "notice/list";
	}

}
