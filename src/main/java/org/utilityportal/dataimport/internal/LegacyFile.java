package org.utilityportal.dataimport.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a legacy CSV file (Apache Commons CSV: quoted fields, commas and line breaks
 * inside quotes, a header row) in UTF-8 or GBK, row by row without holding the file in
 * memory. Headers are matched by their English or Chinese names ({@link Column}), in any
 * order; unknown columns are ignored.
 */
public final class LegacyFile {

	/** The charsets a legacy file may be in. */
	public static final List<String> CHARSETS = List.of("UTF-8", "GBK");

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.setAllowMissingColumnNames(true)
		.get();

	private LegacyFile() {
	}

	/**
	 * UTF-8 when the first megabyte decodes as UTF-8 (a byte order mark also says so),
	 * else GBK: Chinese text saved as GBK is practically never valid UTF-8.
	 */
	public static String detectCharset(Path file) {
		byte[] head = new byte[1 << 20];
		int length;
		try (InputStream in = Files.newInputStream(file)) {
			length = in.readNBytes(head, 0, head.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// A multi-byte character may be cut at the end of the sample: leave out its
		// bytes.
		int end = length;
		while (end > 0 && end > length - 4 && (head[end - 1] & 0xC0) == 0x80) {
			end--;
		}
		if (end > 0 && end < length && (head[end - 1] & 0xC0) == 0xC0) {
			end--;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(head, 0, (length == head.length) ? end : length));
			return "UTF-8";
		}
		catch (CharacterCodingException ex) {
			return "GBK";
		}
	}

	/**
	 * Reads every row and hands it over.
	 * @return the columns found in the header, or the problem with the header
	 */
	public static Header read(Path file, String charset, Consumer<Row> rows) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(file), Charset.forName(charset)), 1 << 16);
				CSVParser parser = FORMAT.parse(withoutByteOrderMark(reader))) {
			Map<Column, Integer> columns = columns(parser.getHeaderNames());
			List<Column> missing = java.util.Arrays.stream(Column.values())
				.filter((column) -> column.required() && !columns.containsKey(column))
				.toList();
			if (!missing.isEmpty()) {
				return new Header(columns, missing);
			}
			Iterator<CSVRecord> records = parser.iterator();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				Map<Column, String> values = new EnumMap<>(Column.class);
				columns
					.forEach((column, index) -> values.put(column, (index < record.size()) ? record.get(index) : ""));
				rows.accept(new Row(record.getRecordNumber() + 1, values, record.values()));
			}
			return new Header(columns, List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			throw new MalformedFileException(ex.getMessage(), ex);
		}
	}

	private static BufferedReader withoutByteOrderMark(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	private static Map<Column, Integer> columns(List<String> headers) {
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		for (int i = 0; i < headers.size(); i++) {
			String name = headers.get(i).strip().toLowerCase(Locale.ROOT);
			for (Column column : Column.values()) {
				if (column.headers().contains(name) && !columns.containsKey(column)) {
					columns.put(column, i);
				}
			}
		}
		return columns;
	}

	/**
	 * One row of the file.
	 *
	 * @param lineNumber its row in the spreadsheet (the header is row 1)
	 * @param values its values by column, trimmed
	 * @param cells every cell of the row as read
	 */
	public record Row(long lineNumber, Map<Column, String> values, String[] cells) {

		String get(Column column) {
			return this.values.getOrDefault(column, "");
		}

		/** The row as CSV, for the rejected-rows file (made only for rejected rows). */
		public String raw() {
			return FORMAT.format((Object[]) this.cells);
		}

	}

	/**
	 * What the header row held.
	 *
	 * @param columns the columns found and their positions
	 * @param missing the required columns not found
	 */
	public record Header(Map<Column, Integer> columns, List<Column> missing) {
	}

	/** The file is not CSV the parser can read (an unclosed quote, for example). */
	public static final class MalformedFileException extends RuntimeException {

		MalformedFileException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
