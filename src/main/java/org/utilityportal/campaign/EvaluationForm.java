package org.utilityportal.campaign;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** An external evaluator's score, 0–100 with one decimal. */
@Getter
@Setter
public class EvaluationForm {

	@NotBlank
	@Size(max = 100)
	private String evaluator;

	@NotBlank
	@Size(max = 200)
	private String organisation;

	@NotNull
	@DecimalMin("0.0")
	@DecimalMax("100.0")
	@Digits(integer = 3, fraction = 1)
	private BigDecimal score;

	@Size(max = 1000)
	private String remark;

}
