package org.utilityportal.campaign;

/** The five phases of a campaign, in order. */
public enum CampaignPhase {

	MOBILISATION, SELF_INSPECTION, EXTERNAL_EVALUATION, RECTIFICATION, SUMMARY;

	/** The message key of the name. */
	public String messageKey() {
		return "campaign.phase." + name();
	}

}
