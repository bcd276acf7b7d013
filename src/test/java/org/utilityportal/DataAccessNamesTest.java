package org.utilityportal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.utilityportal.support.SourceFiles.CODE;
import static org.utilityportal.support.SourceFiles.javaFiles;
import static org.utilityportal.support.SourceFiles.migrations;
import static org.utilityportal.support.SourceFiles.read;
import static org.utilityportal.support.SourceFiles.strings;
import static org.utilityportal.support.SourceFiles.withoutJavaComments;
import static org.utilityportal.support.SourceFiles.withoutSqlComments;

/**
 * One suffix per kind of data-access class (docs/DECISIONS.md, "Persistence: the rule"):
 * a class that works with {@code JdbcClient}, a JDBC template or PostgreSQL's
 * {@code COPY} is a {@code *Queries} (reads), a {@code *Report} (aggregations, exports)
 * or a {@code *Writer} (set-based, bulk or append-only writes); a Spring Data repository
 * is a {@code *Repository}, and nothing else is. A {@code *Queries} or {@code *Report}
 * only reads: none of its SQL inserts, updates, deletes or truncates, calls a database
 * function that does (read from the migrations), or is run with {@code update()}.
 */
class DataAccessNamesTest {

	private static final Pattern JDBC = Pattern
		.compile("\\b(JdbcClient|JdbcTemplate|NamedParameterJdbcTemplate|JdbcOperations)\\s+\\w+\\s*[,;)=]"
				+ "|getCopyAPI\\(");

	private static final Pattern SPRING_DATA = Pattern
		.compile("\\binterface\\s+\\w+\\s+extends\\s+[^{]*\\b(Jpa|Crud|ListCrud|PagingAndSorting)?Repository<");

	private static final Pattern KIND = Pattern.compile(".*(Queries|Report|Writer)");

	private static final Pattern READS_ONLY = Pattern.compile(".*(Queries|Report)");

	/**
	 * SQL that changes rows: {@code insert into}, {@code update t set}, {@code delete
	 * from}, {@code merge into}, {@code truncate}, or a string that starts with one of
	 * them (SQL put together from pieces).
	 */
	private static final Pattern WRITES = Pattern
		.compile("(?i)\\b(insert\\s+into|delete\\s+from|merge\\s+into|truncate)\\b|\\A\\s*(insert|update|delete)\\s"
				+ "|\\bupdate\\s+(only\\s+)?[\\w.\"%]+(\\s+(as\\s+)?\\w+)?\\s+set\\b");

	/** Running a statement that changes rows through JdbcClient or a JDBC template. */
	private static final Pattern UPDATE_CALL = Pattern.compile("\\.(update|batchUpdate)\\(");

	/** A function of a migration: its name and its body between dollar quotes. */
	private static final Pattern FUNCTION = Pattern.compile(
			"(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?function\\s+(\\w+)\\s*\\([^$;]*\\$(\\w*)\\$(.*?)\\$\\2\\$",
			Pattern.DOTALL);

	/**
	 * Classes that touch JDBC without being data access, and why: the infrastructure that
	 * makes the clients or watches the database servers.
	 */
	private static final Map<String, String> INFRASTRUCTURE = Map.of("shared/db/ReplicaConfiguration.java",
			"declares the primary and the report JdbcClient beans", "shared/db/ReplicaMonitor.java",
			"compares the WAL positions of primary and replica; names no table", "shared/db/ReportTransactions.java",
			"sets a report transaction's planner setting; names no table",
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
	void queriesAndReportsOnlyRead() {
		Set<String> writingFunctions = writingFunctions();
		List<String> writing = new ArrayList<>();
		for (Path file : javaFiles()) {
			String name = CODE.relativize(file).toString();
			if (!READS_ONLY.matcher(simpleName(name)).matches()) {
				continue;
			}
			String source = read(file);
			strings(source).stream()
				.filter((sql) -> WRITES.matcher(sql).find() || calls(sql, writingFunctions))
				.forEach((sql) -> writing.add(name + ": " + sql.strip().lines().findFirst().orElse("")));
			if (UPDATE_CALL.matcher(withoutJavaComments(source)).find()) {
				writing.add(name + ": runs update()");
			}
		}
		assertThat(writing).as("a *Queries or *Report only reads: move the writing to a *Writer").isEmpty();
	}

	@Test
	void theFunctionsThatWriteAreFoundInTheMigrations() {
		assertThat(writingFunctions()).contains("audit_chain_seal", "audit_chain_register")
			.doesNotContain("audit_chain_verify", "audit_chain_waiting", "audit_chain_hash");
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

	/**
	 * The database functions that change rows, themselves or through another that does (a
	 * function defined twice writes when either definition does).
	 */
	private static Set<String> writingFunctions() {
		Map<String, String> bodies = new TreeMap<>();
		for (Path file : migrations()) {
			Matcher function = FUNCTION.matcher(withoutSqlComments(read(file)));
			while (function.find()) {
				bodies.merge(function.group(1).toLowerCase(Locale.ROOT), function.group(3), String::concat);
			}
		}
		Set<String> writing = new TreeSet<>();
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Map.Entry<String, String> function : bodies.entrySet()) {
				if (!writing.contains(function.getKey())
						&& (WRITES.matcher(function.getValue()).find() || calls(function.getValue(), writing))) {
					writing.add(function.getKey());
					grew = true;
				}
			}
		}
		return writing;
	}

	private static boolean calls(String sql, Set<String> functions) {
		return !functions.isEmpty()
				&& Pattern.compile("(?i)\\b(" + String.join("|", functions) + ")\\s*\\(").matcher(sql).find();
	}

	private static String simpleName(String relative) {
		return Path.of(relative).getFileName().toString().replaceFirst("\\.java$", "");
	}

}
