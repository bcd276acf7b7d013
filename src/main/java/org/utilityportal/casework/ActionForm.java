package org.utilityportal.casework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** One action on a case page: what, the text it needs, and the version seen. */
@Getter
@Setter
public class ActionForm {

	@NotNull
	private CaseAction action;

	@Size(max = 4000)
	private String text;

	/** For ASSIGN: the team. */
	private Long unitId;

	/** For ASSIGN: the person, optional. */
	private Long personId;

	/** For REGRADE: the new severity, 1–3. */
	@Min(1)
	@Max(3)
	private Integer severity;

	/** For REGRADE: the new impact, 1–3. */
	@Min(1)
	@Max(3)
	private Integer impact;

	private long version;

}
