package org.utilityportal.customer;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * Closing a service account (or handing it over to a new owner, 过户): why, the meter's
 * final reading (with its time-of-use registers when the tariff needs them), the new
 * owner's identity number or credit code for a transfer, and the version the clerk saw.
 */
@Getter
@Setter
public class CloseAccountForm {

	@NotBlank
	@Size(max = 200)
	private String reason;

	/** The meter's final reading (metered accounts). */
	private BigDecimal finalReading;

	private BigDecimal finalPeak;

	private BigDecimal finalFlat;

	private BigDecimal finalValley;

	/** The new owner's identity number or credit code; only for a transfer. */
	@Size(max = 18)
	private String newOwnerIdNumber;

	private long version;

}
