package org.utilityportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the project's own sources, for the tests that check rules across all of them. */
public final class SourceFiles {

	/** The main code, one folder per module. */
	public static final Path CODE = Path.of("src/main/java/org/utilityportal");

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

	/** A file's text. */
	public static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
