package org.utilityportal.campaign.web;

import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.campaign.CampaignForm;
import org.utilityportal.campaign.CampaignPhase;
import org.utilityportal.campaign.CampaignView;
import org.utilityportal.campaign.Campaigns;
import org.utilityportal.campaign.EvaluationForm;
import org.utilityportal.campaign.PublishForm;
import org.utilityportal.campaign.Respondent;
import org.utilityportal.campaign.ResponseForm;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.quality.ActionForm;
import org.utilityportal.quality.CorrectiveActions;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;

/**
 * 行风评议 campaigns for supervisors ({@code /supervisor/campaigns}): the list and a new
 * campaign with its five phases; a campaign's page with its phases and tasks, the
 * questionnaires and evaluators' scores recorded so far and their result, rectification
 * items, and publishing the result with its summary.
 */
@Controller
@RequiredArgsConstructor
class CampaignController {

	private static final String BASE = "/supervisor/campaigns";

	private final Campaigns campaigns;

	private final CorrectiveActions actions;

	private final OrgUnits orgUnits;

	private final Clock clock;

	@GetMapping(BASE)
	String list(Model model) {
		model.addAttribute("campaignForm", CampaignForm.startingOn(LocalDate.now(this.clock)));
		return listPage(model);
	}

	@PostMapping(BASE)
	String create(@Valid @ModelAttribute("campaignForm") CampaignForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal supervisor, Model model) {
		this.campaigns.validate(form, result);
		if (result.hasErrors()) {
			return listPage(model);
		}
		return "redirect:" + BASE + "/" + this.campaigns.create(form, supervisor);
	}

	@GetMapping(BASE + "/{id}")
	String page(@PathVariable long id, Model model) {
		return render(id, model);
	}

	@PostMapping(BASE + "/{id}/tasks")
	String addTask(@PathVariable long id, @RequestParam CampaignPhase phase, @RequestParam String title,
			RedirectAttributes redirect) {
		if (title.isBlank() || title.length() > 200) {
			redirect.addFlashAttribute("problem", "campaign.validation.task");
		}
		else {
			guarded(() -> this.campaigns.addTask(id, phase, title), redirect, "campaign.flash.taskAdded");
		}
		return "redirect:" + BASE + "/" + id + "#phases";
	}

	@PostMapping(BASE + "/{id}/tasks/{task}/done")
	String completeTask(@PathVariable long id, @PathVariable long task,
			@AuthenticationPrincipal PortalPrincipal supervisor, RedirectAttributes redirect) {
		guarded(() -> this.campaigns.completeTask(id, task, supervisor), redirect, "campaign.flash.taskDone");
		return "redirect:" + BASE + "/" + id + "#phases";
	}

	@PostMapping(BASE + "/{id}/responses")
	String recordResponse(@PathVariable long id, @Valid @ModelAttribute("responseForm") ResponseForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal supervisor, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return render(id, model);
		}
		guarded(() -> this.campaigns.recordResponse(id, form, supervisor), redirect, "campaign.flash.response");
		return "redirect:" + BASE + "/" + id + "#questionnaire";
	}

	@PostMapping(BASE + "/{id}/evaluations")
	String recordEvaluation(@PathVariable long id, @Valid @ModelAttribute("evaluationForm") EvaluationForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal supervisor, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return render(id, model);
		}
		guarded(() -> this.campaigns.recordEvaluation(id, form, supervisor), redirect, "campaign.flash.evaluation");
		return "redirect:" + BASE + "/" + id + "#evaluations";
	}

	@PostMapping(BASE + "/{id}/rectification")
	String raise(@PathVariable long id, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal supervisor, Model model, RedirectAttributes redirect) {
		this.actions.validate(form, result);
		if (result.hasErrors()) {
			return render(id, model);
		}
		guarded(() -> this.campaigns.raiseRectification(id, form, supervisor), redirect,
				"campaign.flash.rectification");
		return "redirect:" + BASE + "/" + id + "#rectification";
	}

	@PostMapping(BASE + "/{id}/publish")
	String publish(@PathVariable long id, @Valid @ModelAttribute("publishForm") PublishForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal supervisor, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.campaigns.publish(id, form, supervisor);
				redirect.addFlashAttribute("notice", "campaign.flash.published");
				return "redirect:" + BASE + "/" + id;
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		return render(id, model);
	}

	private String render(long id, Model model) {
		CampaignView view = this.campaigns.view(id);
		model.addAttribute("c", view);
		model.addAttribute("phases", CampaignPhase.values());
		model.addAttribute("respondents", Respondent.values());
		model.addAttribute("ratings", java.util.List.of(5, 4, 3, 2, 1));
		model.addAttribute("staffList", this.orgUnits.staffWithRoles(java.util.List.of(Role.COUNTER, Role.SUPERVISOR)));
		if (!model.containsAttribute("responseForm")) {
			model.addAttribute("responseForm", new ResponseForm());
		}
		if (!model.containsAttribute("evaluationForm")) {
			model.addAttribute("evaluationForm", new EvaluationForm());
		}
		if (!model.containsAttribute("actionForm")) {
			ActionForm action = new ActionForm();
			action.setDueOn(LocalDate.now(this.clock).plusMonths(1));
			model.addAttribute("actionForm", action);
		}
		if (!model.containsAttribute("publishForm")) {
			PublishForm publish = new PublishForm();
			publish.setVersion(view.version());
			model.addAttribute("publishForm", publish);
		}
		return "campaign/campaign";
	}

	private String listPage(Model model) {
		model.addAttribute("campaigns", this.campaigns.all());
		return "campaign/list";
	}

	private static void guarded(Runnable action, RedirectAttributes redirect, String done) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "campaign.validation.closed");
		}
	}

}
