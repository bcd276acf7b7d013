package org.utilityportal.quality;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new inspection: what kind, how it was chosen and whom or what it concerns. A call,
 * counter visit or floor walk concerns a person (chosen, or drawn at random among the
 * counter staff of a unit) and says what was inspected and when; a case review concerns a
 * closed case (chosen by number, or drawn from a unit's cases of the last 30 days, at
 * random or by rule).
 */
@Getter
@Setter
public class InspectionForm {

	@NotNull
	private InspectionKind kind = InspectionKind.CALL;

	@NotNull
	private Sampling sampling = Sampling.CHOSEN;

	/** The unit to draw from (random or by rule). */
	private Long unitId;

	/** The person inspected (a chosen call, visit or walk). */
	private Long personId;

	/** The case reviewed (a chosen case review). */
	@Size(max = 11)
	private String caseNumber;

	/** What was inspected, e.g. the call's time and topic (calls, visits, walks). */
	@Size(max = 200)
	private String subject;

	/** When the call, visit or walk took place. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime occurredAt;

}
