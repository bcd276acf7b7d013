package org.utilityportal.shared.domain;

/**
 * Someone else saved the record after the form was opened: the save is refused and their
 * changes are kept. The form should say so and offer to reload.
 */
public class StaleEditException extends RuntimeException {

	public StaleEditException(String record) {
		super(record + " was changed by someone else");
	}

}
