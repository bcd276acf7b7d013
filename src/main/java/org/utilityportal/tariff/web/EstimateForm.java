package org.utilityportal.tariff.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.Getter;
import lombok.Setter;

/** The public bill estimator: a tariff, a consumption and how many months it covers. */
@Getter
@Setter
public class EstimateForm {

	private Long tariff;

	@DecimalMin("0")
	@DecimalMax("100000000")
	@Digits(integer = 9, fraction = 3)
	private BigDecimal consumption;

	@DecimalMin("0")
	@DecimalMax("100000000")
	@Digits(integer = 9, fraction = 3)
	private BigDecimal peak;

	@DecimalMin("0")
	@DecimalMax("100000000")
	@Digits(integer = 9, fraction = 3)
	private BigDecimal flat;

	@DecimalMin("0")
	@DecimalMax("100000000")
	@Digits(integer = 9, fraction = 3)
	private BigDecimal valley;

	@Min(1)
	@Max(12)
	private int months = 1;

	@DecimalMin("0")
	@DecimalMax("100000000")
	@Digits(integer = 9, fraction = 3)
	private BigDecimal yearToDate = BigDecimal.ZERO;

}
