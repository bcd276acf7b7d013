package org.utilityportal.dataimport;

import java.util.List;

/**
 * A rejected row of a dry run.
 *
 * @param lineNumber its row in the file (the header is row 1)
 * @param field the column (English header name), or {@code header} for the header row
 * @param messageKey the message
 * @param args its arguments
 * @param rawLine the row as it was in the file
 */
public record RejectionView(long lineNumber, String field, String messageKey, List<String> args, String rawLine) {

}
