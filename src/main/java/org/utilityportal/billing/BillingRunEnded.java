package org.utilityportal.billing;

/**
 * A billing run's job has ended and its record says how (completed or failed).
 *
 * @param runId the run
 */
public record BillingRunEnded(long runId) {

}
