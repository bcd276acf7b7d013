package org.utilityportal.casework;

/**
 * The customer got the first reply to their case; it is in progress.
 *
 * @param number the case number
 * @param summary its one-line summary
 * @param customerLogin the customer's sign-in account, {@code null} when they have none
 * (or the case is anonymous)
 */
public record CaseFirstReplied(String number, String summary, Long customerLogin) {

}
