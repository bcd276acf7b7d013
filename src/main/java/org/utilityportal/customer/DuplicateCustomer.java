package org.utilityportal.customer;

/**
 * The customer who already holds an identity number that was entered again. Shown to
 * staff only, so they can open the existing record instead.
 *
 * @param customerId the existing customer
 * @param name their name
 */
public record DuplicateCustomer(long customerId, String name) {

}
