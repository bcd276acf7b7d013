package org.utilityportal.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** Cells of CSV exports (RFC 4180), safe to open in a spreadsheet program. */
public final class Csv {

	private Csv() {
	}

	/**
	 * Starts a CSV download: UTF-8 with a byte order mark, so spreadsheet programs read
	 * the Chinese text correctly.
	 * @param fileName the name the browser saves it under (ASCII)
	 * @return the writer of its lines
	 */
	public static PrintWriter download(HttpServletResponse response, String fileName) throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
		PrintWriter writer = response.getWriter();
		writer.write('\uFEFF');
		return writer;
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
