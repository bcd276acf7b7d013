package org.utilityportal.campaign.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.utilityportal.campaign.CampaignPhase;

/** A task of a campaign's phase, owned by its {@link Campaign}: done once, by whom. */
@Entity
@Table(name = "campaign_task")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CampaignTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "campaign_id", updatable = false)
	private Campaign campaign;

	@Enumerated(EnumType.STRING)
	private CampaignPhase phase;

	private String title;

	private Instant doneAt;

	private String doneBy;

	CampaignTask(Campaign campaign, CampaignPhase phase, String title) {
		this.campaign = campaign;
		this.phase = phase;
		this.title = title;
	}

	void done(String by, Instant at) {
		this.doneBy = by;
		this.doneAt = at;
	}

	/** Whether it is done. */
	public boolean isDone() {
		return this.doneAt != null;
	}

}
