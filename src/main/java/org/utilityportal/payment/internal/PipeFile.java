package org.utilityportal.payment.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.utilityportal.payment.ImportProblem;

/**
 * The bank and statement files of docs/PAYMENTS.md: UTF-8 text, one record a line, fields
 * separated by {@code |}, a header line {@code H}, detail lines {@code D} and a trailer
 * line {@code T}. Reads a file line by line (a return file of 500,000 debits is never
 * held whole) and collects what is wrong with it, at most {@value #MAX_PROBLEMS}
 * problems.
 */
public final class PipeFile {

	/** More problems than this are not listed (the file is refused anyway). */
	public static final int MAX_PROBLEMS = 200;

	private final List<ImportProblem> problems = new ArrayList<>();

	private String[] header;

	private String[] trailer;

	private int details;

	/**
	 * Reads a file, handing each detail line to {@code detail} with its number.
	 * @return this, with the header, trailer and problems
	 */
	public PipeFile read(InputStream file, Consumer<Line> detail) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8))) {
			String text;
			int number = 0;
			while ((text = reader.readLine()) != null) {
				number++;
				if (number == 1 && text.startsWith("\uFEFF")) {
					text = text.substring(1);
				}
				if (text.isBlank()) {
					continue;
				}
				String[] fields = text.split("\\|", -1);
				switch (fields[0]) {
					case "H" -> header(number, fields);
					case "D" -> {
						this.details++;
						detail.accept(new Line(number, fields));
					}
					case "T" -> trailer(number, fields);
					default -> problem(number, "", "file.error.recordType", fields[0]);
				}
			}
			if (this.header == null) {
				problem(1, "", "file.error.header");
			}
			if (this.trailer == null) {
				problem(number + 1, "", "file.error.trailer");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** The header's fields ({@code H} first), {@code null} when missing. */
	public String[] header() {
		return this.header;
	}

	/** The trailer's fields ({@code T} first), {@code null} when missing. */
	public String[] trailer() {
		return this.trailer;
	}

	/** How many detail lines the file has. */
	public int details() {
		return this.details;
	}

	public List<ImportProblem> problems() {
		return List.copyOf(this.problems);
	}

	/** Records a problem, as long as fewer than the limit are recorded. */
	public void problem(int line, String field, String messageKey, String... args) {
		if (this.problems.size() < MAX_PROBLEMS) {
			this.problems.add(new ImportProblem(line, field, messageKey, List.of(args)));
		}
	}

	/** An amount of yuan with at most two decimals, more than zero; else {@code null}. */
	public static BigDecimal amount(String text) {
		try {
			BigDecimal amount = new BigDecimal(text);
			return (amount.signum() > 0 && amount.scale() <= 2) ? amount : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private void header(int number, String[] fields) {
		if (this.header == null && number == 1) {
			this.header = fields;
		}
		else {
			problem(number, "", "file.error.recordOrder");
		}
	}

	private void trailer(int number, String[] fields) {
		if (this.trailer == null) {
			this.trailer = fields;
		}
		else {
			problem(number, "", "file.error.recordOrder");
		}
	}

	/**
	 * One detail line.
	 *
	 * @param number its line number
	 * @param fields its fields, {@code D} first
	 */
	public record Line(int number, String[] fields) {
	}

}
