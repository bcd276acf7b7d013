package org.utilityportal.settings;

import java.time.Instant;
import java.util.List;

/**
 * A setting as the administrators' page shows it.
 *
 * @param setting which
 * @param value the value in force
 * @param defaultValue the value from the configuration
 * @param version the version a change must be made from (0 while the default is in force)
 * @param changes every change, newest first
 */
public record SettingView(Setting setting, String value, String defaultValue, long version, List<Change> changes) {

	/**
	 * One change.
	 *
	 * @param at when
	 * @param by who
	 * @param oldValue before
	 * @param newValue after
	 */
	public record Change(Instant at, String by, String oldValue, String newValue) {
	}

}
