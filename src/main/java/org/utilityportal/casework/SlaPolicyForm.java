package org.utilityportal.casework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

/**
 * The administrator's form for an SLA policy; limits in minutes of counted time, each
 * stage counted in working time or day and night.
 */
@Getter
@Setter
public class SlaPolicyForm {

	@NotNull
	private Nature nature = Nature.COMPLAINT;

	private Subject subject;

	/** A, B or C; empty for any grade. */
	private String gradeBand;

	/** Resolution, tiers and return visit counted day and night. */
	private boolean allHours;

	/** The first reply counted day and night: "answered within 24 hours" by default. */
	private boolean firstReplyAllHours = true;

	@NotNull
	@Min(1)
	@Max(100000)
	private Integer firstReplyMinutes = 1440;

	@NotNull
	@Min(1)
	@Max(100000)
	private Integer resolutionMinutes = 3360;

	@NotNull
	@Min(1)
	@Max(100000)
	private Integer returnVisitMinutes = 1440;

	@NotNull
	@Min(1)
	@Max(100000)
	private Integer tier2Minutes = 960;

	@NotNull
	@Min(1)
	@Max(100000)
	private Integer tier3Minutes = 960;

	@NotNull
	@Min(1)
	@Max(100000)
	private Integer tier4Minutes = 1440;

	@NotNull
	@Min(50)
	@Max(99)
	private Integer warningPercent = 80;

	private long version;

}
