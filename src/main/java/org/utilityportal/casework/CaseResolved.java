package org.utilityportal.casework;

/**
 * A case got its final reply and waits for its return visit.
 *
 * @param number the case number
 * @param version the case's version after the change: with the number it names the
 * change, so a notice about it is written once however often it is delivered
 * @param summary its one-line summary
 * @param customerLogin the customer's sign-in account, {@code null} when they have none
 */
public record CaseResolved(String number, long version, String summary, Long customerLogin) {

}
