package org.utilityportal.casework;

/**
 * The customer got the first reply to their case; it is in progress.
 *
 * @param number the case number
 * @param version the case's version after the change: with the number it names the
 * change, so a notice about it is written once however often it is delivered
 * @param summary its one-line summary
 * @param customerLogin the customer's sign-in account, {@code null} when they have none
 * (or the case is anonymous)
 */
public record CaseFirstReplied(String number, long version, String summary, Long customerLogin) {

}
