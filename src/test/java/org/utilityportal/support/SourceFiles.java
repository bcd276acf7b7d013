package org.utilityportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the project's own sources and migrations, for the tests that check rules across
 * all of them.
 */
public final class SourceFiles {

	/** The main code, one folder per module. */
	public static final Path CODE = Path.of("src/main/java/org/utilityportal");

	/** The Flyway migrations. */
	public static final Path MIGRATIONS = Path.of("db/migration");

	/** A text block or a one-line string literal. */
	private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	private SourceFiles() {
	}

	/** Every {@code .java} file under the main code, in path order. */
	public static List<Path> javaFiles() {
		try (Stream<Path> files = Files.walk(CODE)) {
			return files.filter((file) -> file.toString().endsWith(".java")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every versioned migration ({@code V*.sql}), in name order. */
	public static List<Path> migrations() {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return files.filter((file) -> file.getFileName().toString().matches("V.*\\.sql")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file's text. */
	public static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text of every string literal and text block of a Java source outside its
	 * comments (where its SQL and JPQL are), as written (escapes not undone).
	 */
	public static List<String> strings(String source) {
		List<String> strings = new ArrayList<>();
		Matcher literal = STRING.matcher(withoutJavaComments(source));
		while (literal.find()) {
			strings.add((literal.group(1) != null) ? literal.group(1) : literal.group(2));
		}
		return strings;
	}

	/** SQL without its {@code --} and {@code /* *}{@code /} comments. */
	public static String withoutSqlComments(String sql) {
		return sql.replaceAll("--[^\\n]*", "").replaceAll("(?s)/\\*.*?\\*/", "");
	}

	/** Java source without its comments. */
	public static String withoutJavaComments(String source) {
		return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//[^\\n]*", "");
	}

}
