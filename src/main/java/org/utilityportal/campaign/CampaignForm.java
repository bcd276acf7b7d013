package org.utilityportal.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** A new campaign: its titles and the days of its five phases, in order. */
@Getter
@Setter
public class CampaignForm {

	@NotBlank
	@Size(max = 200)
	private String titleZh;

	@NotBlank
	@Size(max = 200)
	private String titleEn;

	@Valid
	private List<Phase> phases = new ArrayList<>();

	/** One phase's days. */
	@Getter
	@Setter
	public static class Phase {

		@NotNull
		private CampaignPhase phase;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate startsOn;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate endsOn;

	}

	/** A form with the five phases, a month each from a day. */
	public static CampaignForm startingOn(LocalDate day) {
		CampaignForm form = new CampaignForm();
		LocalDate start = day;
		for (CampaignPhase phase : CampaignPhase.values()) {
			Phase row = new Phase();
			row.setPhase(phase);
			row.setStartsOn(start);
			row.setEndsOn(start.plusMonths(1).minusDays(1));
			form.getPhases().add(row);
			start = start.plusMonths(1);
		}
		return form;
	}

}
