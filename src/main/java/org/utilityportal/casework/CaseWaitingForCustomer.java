package org.utilityportal.casework;

/**
 * Staff asked the customer for something; the case's clocks stop until they answer.
 *
 * @param number the case number
 * @param summary its one-line summary
 * @param customerLogin the customer's sign-in account, {@code null} when they have none
 */
public record CaseWaitingForCustomer(String number, String summary, Long customerLogin) {

}
