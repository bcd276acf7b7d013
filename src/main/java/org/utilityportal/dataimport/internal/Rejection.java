package org.utilityportal.dataimport.internal;

import java.util.List;

/**
 * Why one field of one row was refused.
 *
 * @param lineNumber the row's line in the file (the header is line 1)
 * @param field the column's English header, or {@code row} for the whole row
 * @param messageKey the message (bundle {@code dataimport})
 * @param args its arguments
 */
public record Rejection(long lineNumber, String field, String messageKey, List<String> args) {

	static Rejection of(long line, Column column, String key, Object... args) {
		return new Rejection(line, column.header(), key, java.util.Arrays.stream(args).map(String::valueOf).toList());
	}

}
