package org.utilityportal.metering;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

/**
 * A reading as entered at the counter or by the customer. Time-of-use meters give peak,
 * flat and valley (the total is their sum); other meters give the total.
 */
@Getter
@Setter
public class ReadingForm {

	@NotNull
	private LocalDate readOn;

	@DecimalMin("0")
	@DecimalMax("99999999999")
	@Digits(integer = 11, fraction = 3)
	private BigDecimal total;

	@DecimalMin("0")
	@DecimalMax("99999999999")
	@Digits(integer = 11, fraction = 3)
	private BigDecimal peak;

	@DecimalMin("0")
	@DecimalMax("99999999999")
	@Digits(integer = 11, fraction = 3)
	private BigDecimal flat;

	@DecimalMin("0")
	@DecimalMax("99999999999")
	@Digits(integer = 11, fraction = 3)
	private BigDecimal valley;

	@NotNull
	private ReadingKind kind = ReadingKind.REGULAR;

	@DecimalMin("1")
	@DecimalMax("99999999999")
	@Digits(integer = 11, fraction = 3)
	private BigDecimal rolloverCapacity;

	@DecimalMin("0")
	@DecimalMax("99999999999")
	@Digits(integer = 11, fraction = 3)
	private BigDecimal oldMeterFinal;

	@DecimalMin("0")
	@DecimalMax("99999999999")
	@Digits(integer = 11, fraction = 3)
	private BigDecimal newMeterInitial;

	/**
	 * The highest demand since the previous reading, kW (two-part customers by demand).
	 */
	@DecimalMin("0")
	@DecimalMax("99999999")
	@Digits(integer = 8, fraction = 3)
	private BigDecimal maxDemand;

	/** The reactive energy register, kvarh (customers assessed on their power factor). */
	@DecimalMin("0")
	@DecimalMax("99999999999")
	@Digits(integer = 11, fraction = 3)
	private BigDecimal reactive;

	/** The person confirms a consumption far above the usual. */
	private boolean confirmHighUsage;

}
