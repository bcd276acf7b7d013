package org.utilityportal.casework;

/**
 * A case got its final reply and waits for its return visit.
 *
 * @param number the case number
 * @param summary its one-line summary
 * @param customerLogin the customer's sign-in account, {@code null} when they have none
 */
public record CaseResolved(String number, String summary, Long customerLogin) {

}
