package org.utilityportal.campaign.web;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.utilityportal.campaign.Campaigns;

/**
 * The published results of 行风评议 campaigns, for anyone ({@code /public/campaigns}): the
 * list, and each result with its phases, satisfaction per item, the evaluators' scores,
 * the rectification done and the summary. A campaign not published is "not found".
 */
@Controller
@RequiredArgsConstructor
class PublicCampaignController {

	private final Campaigns campaigns;

	@GetMapping("/public/campaigns")
	String list(Model model) {
		model.addAttribute("campaigns", this.campaigns.allPublished());
		return "campaign/public-list";
	}

	@GetMapping("/public/campaigns/{id}")
	String result(@PathVariable long id, Model model) {
		model.addAttribute("c", this.campaigns.published(id));
		return "campaign/public-result";
	}

}
