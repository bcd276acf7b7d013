package org.utilityportal.shared.web;

/** Cells of CSV exports (RFC 4180), safe to open in a spreadsheet program. */
public final class Csv {

	private Csv() {
	}

	/**
	 * One cell: empty for {@code null}; quoted when it contains a comma, quote or line
	 * break; prefixed with an apostrophe when a spreadsheet would read it as a formula.
	 */
	public static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
