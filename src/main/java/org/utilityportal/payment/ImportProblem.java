package org.utilityportal.payment;

import java.util.List;

/**
 * What is wrong with one line of an imported file (a bank return file, a statement); the
 * file is refused as a whole and nothing changes.
 *
 * @param line the line number, from 1
 * @param field the field, e.g. {@code amount}, or {@code ""} for the line
 * @param messageKey the message key of the explanation
 * @param args its arguments
 */
public record ImportProblem(int line, String field, String messageKey,
		List<String> args) implements java.io.Serializable {

	public ImportProblem {
		args = List.copyOf(args);
	}

}
