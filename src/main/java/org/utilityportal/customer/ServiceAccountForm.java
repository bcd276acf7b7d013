package org.utilityportal.customer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
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

	/** The version the form was opened with; editing only. */
	private long version;

}
