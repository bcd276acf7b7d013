package org.utilityportal.identity.internal;

import java.util.List;
import java.util.Objects;

/**
 * One changed field of a member of staff or a unit: its name, old and new value as text.
 */
public record FieldChange(String field, String oldValue, String newValue) {

	/** Adds a change to the list when the two values differ. */
	static void compare(List<FieldChange> changes, String field, Object oldValue, Object newValue) {
		if (!Objects.equals(oldValue, newValue)) {
			changes.add(new FieldChange(field, text(oldValue), text(newValue)));
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		return (value instanceof Enum<?> constant) ? constant.name() : value.toString();
	}

}
