package org.utilityportal.casework;

/**
 * The open cases that need attention now.
 *
 * @param dueSoon open cases with a deadline in the next 24 hours (at risk)
 * @param overdue open cases that missed their first-reply or resolution deadline
 */
public record OpenCaseRisk(long dueSoon, long overdue) {

}
