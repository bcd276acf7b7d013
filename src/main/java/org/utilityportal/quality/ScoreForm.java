package org.utilityportal.quality;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * The scores of a card's items (0 up to each item's points, halves allowed) with the
 * findings; for a review of a contest also the decision and its note.
 */
@Getter
@Setter
public class ScoreForm {

	/** Score by item code. */
	private Map<String, BigDecimal> scores = new LinkedHashMap<>();

	@Size(max = 2000)
	private String findings;

	/** For a review: revise the scores ({@code false}: uphold them). */
	private boolean revise;

	/** For a review: why. */
	@Size(max = 1000)
	private String note;

	private long version;

}
