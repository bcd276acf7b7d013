package org.utilityportal.campaign.web;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.campaign.CampaignView;
import org.utilityportal.campaign.Campaigns;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.LandingPanel;
import org.utilityportal.shared.web.MenuEntry;

/** The supervisors' menu entry and the public start page's panel of published results. */
@Configuration(proxyBeanMethods = false)
class CampaignMenu {

	@Bean
	MenuEntry supervisorCampaigns() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/campaigns", "menu.campaigns", "menu.campaigns.description",
				80);
	}

	@Bean
	LandingPanel publishedCampaigns(Campaigns campaigns) {
		return LandingPanel.of(null, "campaign/start-panel", 30, (principal) -> {
			List<CampaignView> published = campaigns.allPublished();
			return published.isEmpty() ? Map.of() : Map.of("items", published.stream().limit(3).toList());
		});
	}

}
