package org.utilityportal.casework;

import java.time.LocalDate;

import org.utilityportal.shared.domain.Utility;

/**
 * Which cases a supervisor's list shows; every part is optional.
 *
 * @param view {@code open} (default), {@code breached}, {@code due} (within 24 h),
 * {@code atrisk} (found at risk by the last at-risk check), {@code repeat}, or
 * {@code all}
 * @param tier one tier
 * @param unitId responsible team
 * @param personId responsible person
 * @param nature nature
 * @param utility utility
 * @param from registered on or after (business time zone)
 * @param to registered on or before
 */
public record CaseFilter(String view, Integer tier, Long unitId, Long personId, Nature nature, Utility utility,
		LocalDate from, LocalDate to) {

	/** The view, {@code open} when none was chosen. */
	public String viewOrDefault() {
		return (this.view == null || this.view.isBlank()) ? "open" : this.view;
	}

}
