package org.utilityportal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.utilityportal.support.SourceFiles.CODE;
import static org.utilityportal.support.SourceFiles.javaFiles;
import static org.utilityportal.support.SourceFiles.read;

/**
 * One suffix per kind of data-access class (docs/DECISIONS.md, "Persistence: the rule"):
 * a class that works with {@code JdbcClient}, a JDBC template or PostgreSQL's
 * {@code COPY} is a {@code *Queries} (reads), a {@code *Report} (aggregations, exports)
 * or a {@code *Writer} (set-based, bulk or append-only writes); a Spring Data repository
 * is a {@code *Repository}, and nothing else is.
 */
class DataAccessNamesTest {

	private static final Pattern JDBC = Pattern
		.compile("\\b(JdbcClient|JdbcTemplate|NamedParameterJdbcTemplate|JdbcOperations)\\s+\\w+\\s*[,;)=]"
				+ "|getCopyAPI\\(");

	private static final Pattern SPRING_DATA = Pattern
		.compile("\\binterface\\s+\\w+\\s+extends\\s+[^{]*\\b(Jpa|Crud|ListCrud|PagingAndSorting)?Repository<");

	private static final Pattern KIND = Pattern.compile(".*(Queries|Report|Writer)");

	/**
	 * Classes that touch JDBC without being data access, and why: the infrastructure that
	 * makes the clients or watches the database servers.
	 */
	private static final Map<String, String> INFRASTRUCTURE = Map.of("shared/db/ReplicaConfiguration.java",
			"declares the primary and the report JdbcClient beans", "shared/db/ReplicaMonitor.java",
			"compares the WAL positions of primary and replica; names no table",
			"identity/internal/SessionStoreConfiguration.java",
			"gives Spring Session's repository its JDBC template; Spring Session's SQL, no table of ours");

	@Test
	void everyClassUsingJdbcIsQueriesReportOrWriter() {
		List<String> misnamed = javaFiles().stream()
			.filter((file) -> JDBC.matcher(read(file)).find())
			.map((file) -> CODE.relativize(file).toString())
			.filter((name) -> !KIND.matcher(simpleName(name)).matches())
			.filter((name) -> !INFRASTRUCTURE.containsKey(name))
			.toList();
		assertThat(misnamed).as("a class using JdbcClient is a *Queries, *Report or *Writer").isEmpty();
	}

	@Test
	void repositoriesAreSpringDataAndNothingElse() {
		for (Path file : javaFiles()) {
			String name = simpleName(CODE.relativize(file).toString());
			boolean springData = SPRING_DATA.matcher(read(file)).find();
			assertThat(name.endsWith("Repository")).as(CODE.relativize(file) + " is a Spring Data repository")
				.isEqualTo(springData);
		}
	}

	@Test
	void infrastructureEntriesStillExist() {
		for (String name : INFRASTRUCTURE.keySet()) {
			assertThat(CODE.resolve(name)).as("remove %s from the list", name).exists();
		}
	}

	private static String simpleName(String relative) {
		return Path.of(relative).getFileName().toString().replaceFirst("\\.java$", "");
	}

}
