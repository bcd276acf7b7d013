package org.utilityportal.quality;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * The owner's progress on a corrective action: the diagnosis and plan, or the evidence
 * that it was carried out.
 */
@Getter
@Setter
public class ProgressForm {

	/** {@code PLAN} or {@code COMPLETE}. */
	private String step = "PLAN";

	@Size(max = 2000)
	private String diagnosis;

	@Size(max = 2000)
	private String plan;

	@Size(max = 2000)
	private String evidence;

	private long version;

}
