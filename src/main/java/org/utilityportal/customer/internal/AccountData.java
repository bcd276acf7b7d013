package org.utilityportal.customer.internal;

import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.domain.TariffCategory;

/**
 * The editable values of a service account after validation; metro accounts use only the
 * card.
 */
public record AccountData(String serviceAddress, String meterNumber, TariffCategory tariffCategory,
		BillingCycle billingCycle, String transitCardNumber, SupplyTerms terms) {

}
