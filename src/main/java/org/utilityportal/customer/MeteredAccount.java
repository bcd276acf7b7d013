package org.utilityportal.customer;

import java.time.LocalDate;

import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;

/**
 * An open metered account (electricity, water or gas) as billing and metering read many
 * of them: what prices and reads it, without its address or meter.
 *
 * @param id the account
 * @param customerId its customer
 * @param accountNumber its number
 * @param utility electricity, water or gas
 * @param tariffCategory its price category
 * @param billingCycle how often it is billed
 * @param openedOn the day it was opened
 * @param supplyTerms the supply contract's terms (electricity), else
 * {@link SupplyTerms#NONE}
 */
public record MeteredAccount(long id, long customerId, String accountNumber, Utility utility,
		TariffCategory tariffCategory, BillingCycle billingCycle, LocalDate openedOn, SupplyTerms supplyTerms) {

}
