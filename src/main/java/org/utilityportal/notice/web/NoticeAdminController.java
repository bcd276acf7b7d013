package org.utilityportal.notice.web;

import java.util.Arrays;

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
import org.utilityportal.notice.NoticeForm;
import org.utilityportal.notice.NoticeKind;
import org.utilityportal.notice.NoticeStatus;
import org.utilityportal.notice.NoticeView;
import org.utilityportal.notice.Notices;
import org.utilityportal.shared.domain.FourEyesRefusal;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Notices for administrators: list, write a draft, edit it, publish, withdraw, revise a
 * published notice, discard a draft.
 */
@Controller
@RequestMapping("/admin/notices")
@RequiredArgsConstructor
class NoticeAdminController {

	private static final String FORM = "notice/form";

	private static final String REDIRECT = "redirect:/admin/notices/";

	private final Notices notices;

	@GetMapping
	String list(@RequestParam(required = false) Utility utility, @RequestParam(required = false) NoticeStatus status,
			Model model) {
		model.addAttribute("notices", this.notices.newest(utility, status));
		model.addAttribute("utility", utility);
		model.addAttribute("status", status);
		model.addAttribute("utilities", Utility.values());
		model.addAttribute("statuses", NoticeStatus.values());
		model.addAttribute("base", "/admin/notices");
		model.addAttribute("admin", true);
		return "notice/list";
	}

	@GetMapping("/new")
	String newNotice(Model model) {
		model.addAttribute("noticeForm", new NoticeForm());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("noticeForm") NoticeForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
		Long id = this.notices.create(form, admin.username(), result);
		if (id == null) {
			return form(model, null);
		}
		redirect.addFlashAttribute("notice", "notice.saved");
		return REDIRECT + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		NoticeView notice = this.notices.get(id);
		model.addAttribute("item", notice);
		model.addAttribute("accountsInAreas", this.notices.accountsInAreas(notice));
		return "notice/admin-notice";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("noticeForm", this.notices.form(id));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("noticeForm") NoticeForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
		try {
			if (this.notices.update(id, form, result, admin.username())) {
				redirect.addFlashAttribute("notice", "notice.saved");
				return REDIRECT + id;
			}
		}
		catch (StaleEditException ex) {
			result.reject("validation.stale");
		}
		return form(model, id);
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PortalPrincipal admin,
			RedirectAttributes redirect) {
		try {
			int messages = this.notices.publish(id, version, admin.username());
			redirect.addFlashAttribute("notice", "notice.published");
			redirect.addFlashAttribute("inboxMessages", messages);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
		}
		catch (FourEyesRefusal ex) {
			redirect.addFlashAttribute("problem", ex.getMessageKey());
		}
		return REDIRECT + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal PortalPrincipal admin, RedirectAttributes redirect) {
		try {
			this.notices.withdraw(id, version, reason, admin.username());
			redirect.addFlashAttribute("notice", "notice.withdrawn");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
		}
		return REDIRECT + id;
	}

	@PostMapping("/{id}/revise")
	String revise(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal admin, RedirectAttributes redirect) {
		try {
			return REDIRECT + this.notices.revise(id, admin.username()) + "/edit";
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
			return REDIRECT + id;
		}
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.notices.discard(id, version);
			redirect.addFlashAttribute("notice", "notice.discarded");
			return "redirect:/admin/notices";
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
			return REDIRECT + id;
		}
	}

	private String form(Model model, Long id) {
		model.addAttribute("noticeId", id);
		model.addAttribute("kinds", Arrays.asList(NoticeKind.values()));
		model.addAttribute("districts", this.notices.districts());
		return FORM;
	}

}
