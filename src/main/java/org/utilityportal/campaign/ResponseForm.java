package org.utilityportal.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

/** A returned questionnaire as typed from paper: who returned it and each item 1–5. */
@Getter
@Setter
public class ResponseForm {

	@NotNull
	private Respondent respondent = Respondent.RESIDENT;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer overall;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer image;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer language;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer proactive;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer accurate;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer skilled;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer noBuck;

	/** The ratings in the order of {@link SatisfactionItem}. */
	int[] ratings() {
		return new int[] { this.overall, this.image, this.language, this.proactive, this.accurate, this.skilled,
				this.noBuck };
	}

}
