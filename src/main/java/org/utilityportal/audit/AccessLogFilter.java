package org.utilityportal.audit;

import java.time.LocalDate;

import org.springframework.util.StringUtils;

/**
 * Which entries to list; every part is optional.
 *
 * @param staff a sign-in name, a work number or part of a display name
 * @param customerId one customer
 * @param from first day, inclusive (business time zone)
 * @param to last day, inclusive
 */
public record AccessLogFilter(String staff, Long customerId, LocalDate from, LocalDate to) {

	/** Whether a staff criterion was given. */
	public boolean hasStaff() {
		return StringUtils.hasText(this.staff);
	}

}
