package org.utilityportal.notification.web;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.notification.Notifications;
import org.utilityportal.shared.security.PortalPrincipal;

/** Everyone's own inbox: the newest 100 notices, newest first. */
@Controller
@RequestMapping("/inbox")
@RequiredArgsConstructor
class InboxController {

	private final Notifications notifications;

	@GetMapping
	String inbox(@AuthenticationPrincipal PortalPrincipal principal, Model model) {
		model.addAttribute("items", this.notifications.inbox(principal.userId(), 100));
		model.addAttribute("unread", this.notifications.unread(principal.userId()));
		return "notification/inbox";
	}

	@PostMapping("/read")
	String markRead(@AuthenticationPrincipal PortalPrincipal principal, RedirectAttributes redirect) {
		this.notifications.markAllRead(principal.userId());
		redirect.addFlashAttribute("notice", "inbox.notice.read");
		return "redirect:/inbox";
	}

}
