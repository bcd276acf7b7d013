package org.utilityportal.appraisal;

import java.time.YearMonth;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** The administrator's weights from a month on, per cent, adding up to 100. */
@Getter
@Setter
public class WeightsForm {

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth from;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer sla;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer satisfaction;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer repeats;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer inspections;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer actions;

}
