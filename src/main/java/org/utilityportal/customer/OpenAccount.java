package org.utilityportal.customer;

import org.utilityportal.shared.domain.Utility;

/**
 * An open service account as the data generators draw from: who holds it and for what.
 *
 * @param id the account id
 * @param customerId its customer
 * @param utility its utility
 */
public record OpenAccount(long id, long customerId, Utility utility) {

}
