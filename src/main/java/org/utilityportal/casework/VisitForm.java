package org.utilityportal.casework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A return visit: the four standard items on a 5-point scale (5 = satisfied). */
@Getter
@Setter
public class VisitForm {

	@NotNull
	@Min(1)
	@Max(5)
	private Integer attitude;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer speed;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer result;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer overall;

	@Size(max = 1000)
	private String remark;

	private long version;

}
