package org.utilityportal.customer;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;

/**
 * The counter's form to add or edit a service account. Which fields are required depends
 * on the utility; the service checks that and reports missing fields one by one.
 */
@Getter
@Setter
public class ServiceAccountForm {

	@NotNull
	private Utility utility = Utility.ELECTRICITY;

	@Size(max = 200)
	private String serviceAddress;

	@Size(max = 32)
	@Pattern(regexp = "[A-Za-z0-9\\-]*", message = "{validation.meterNumber}")
	private String meterNumber;

	private TariffCategory tariffCategory;

	private BillingCycle billingCycle;

	@Pattern(regexp = "[0-9 ]*", message = "{validation.transitCard}")
	private String transitCardNumber;

	/** The meter has peak, flat and valley registers (electricity). */
	private boolean timeOfUse;

	/** Contracted transformer capacity, kVA (two-part electricity). */
	@DecimalMin("0.1")
	@DecimalMax("99999999")
	@Digits(integer = 8, fraction = 1)
	private BigDecimal contractedKva;

	/** How the basic charge of a two-part tariff is measured; empty for single-part. */
	private BasicChargeBasis basicChargeBasis;

	/** The power-factor standard (0.90, 0.85, 0.80); empty when not assessed. */
	private BigDecimal powerFactorStandard;

	/** The version the form was opened with; editing only. */
	private long version;

}
