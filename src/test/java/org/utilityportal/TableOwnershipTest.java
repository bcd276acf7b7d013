package org.utilityportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.utilityportal.support.SourceFiles.CODE;
import static org.utilityportal.support.SourceFiles.javaFiles;
import static org.utilityportal.support.SourceFiles.migrations;
import static org.utilityportal.support.SourceFiles.read;
import static org.utilityportal.support.SourceFiles.strings;
import static org.utilityportal.support.SourceFiles.withoutSqlComments;

/**
 * Modules closed at the database (docs/DECISIONS.md, "Persistence: the rule"): a table or
 * sequence belongs to the module whose migration creates it, and no other module names
 * it, neither in a migration (a foreign key may point at it) nor in an SQL string, a
 * native or JPQL query or an entity mapping in {@code src/main/java}. Migrations written
 * before the rule are mapped to their module below; newer ones say it in their name,
 * {@code V<n>__<module>_<what>.sql}. The tables of the frameworks (Spring Batch, Spring
 * Modulith's event registry, Spring Session, ShedLock) are named only through their
 * framework and belong to nobody. Demo data ({@code db/demo}) builds one demo world
 * across modules and is not checked.
 */
class TableOwnershipTest {

	/**
	 * The migrations written before the rule, by version, with the module that owns them.
	 */
	private static final Map<String, String> OLD_MIGRATIONS = Map.ofEntries(Map.entry("V1", "identity"),
			Map.entry("V2", "identity"), Map.entry("V3", "customer"), Map.entry("V4", "audit"),
			Map.entry("V5", "framework"), Map.entry("V10", "tariff"), Map.entry("V11", "metering"),
			Map.entry("V12", "framework"), Map.entry("V13", "billing"), Map.entry("V14", "billing"),
			Map.entry("V20", "calendar"), Map.entry("V21", "notification"), Map.entry("V22", "casework"),
			Map.entry("V23", "casework"), Map.entry("V24", "casework"), Map.entry("V25", "catalogue"),
			Map.entry("V30", "metro"), Map.entry("V31", "metro"), Map.entry("V32", "metro"), Map.entry("V40", "notice"),
			Map.entry("V70", "customer"), Map.entry("V71", "metering"), Map.entry("V72", "billing"),
			Map.entry("V73", "metro"));

	/**
	 * What the old migrations do to other modules' tables, which they may no longer be
	 * changed to stop doing: customer adds the foreign key of the customer a sign-in
	 * account belongs to; notice made the index that finds the open accounts under an
	 * address (customer's query now, {@code ServiceAddressQueries}).
	 */
	private static final Set<String> OLD_FOREIGN_USES = Set.of("V3 table user_account", "V40 on service_account");

	private static final Pattern FRAMEWORK_TABLE = Pattern
		.compile("batch_.*|event_publication.*|spring_session.*|shedlock");

	private static final Pattern CREATES = Pattern.compile(
			"(?i)\\bcreate\\s+(?:unlogged\\s+)?(table|sequence)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	/** Where SQL names a table (or a sequence): after these words. */
	private static final Pattern NAMES = Pattern.compile("(?i)\\b(from|join|into|update|copy|truncate|table|on|"
			+ "references|exists|nextval\\(|pg_get_serial_sequence\\()\\s*'?([A-Za-z_][A-Za-z0-9_]*)'?");

	/** A second table of a list after {@code from}: {@code from a x, b y}. */
	private static final Pattern LISTED = Pattern
		.compile("(?i)\\bfrom\\s+[a-z_][a-z0-9_]*(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?\\s*,\\s*([a-z_][a-z0-9_]*)");

	private static final Pattern MAPPING = Pattern
		.compile("@(?:Table|CollectionTable|JoinTable|SecondaryTable)\\(\\s*name\\s*=\\s*\"([a-z_][a-z0-9_]*)\"");

	private static final Pattern ENTITY = Pattern.compile("@Entity\\b[^{]*?\\bclass\\s+([A-Z]\\w*)", Pattern.DOTALL);

	@Test
	void everyMigrationBelongsToAModule() {
		List<String> unknown = migrations().stream().filter((file) -> owner(file) == null).map(Path::toString).toList();
		assertThat(unknown).as("name new migrations V<n>__<module>_<what>.sql after an existing module").isEmpty();
	}

	@Test
	void noMigrationChangesAnotherModulesTable() {
		Map<String, String> owners = tables();
		List<String> foreign = new ArrayList<>();
		for (Path file : migrations()) {
			String module = owner(file);
			String sql = withoutSqlComments(read(file));
			Matcher name = NAMES.matcher(sql);
			while (name.find()) {
				String word = name.group(1).toLowerCase(Locale.ROOT);
				String table = name.group(2).toLowerCase(Locale.ROOT);
				String tableOwner = owners.get(table);
				if (word.equals("references") || tableOwner == null || tableOwner.equals(module)
						|| "framework".equals(module) || "framework".equals(tableOwner)
						|| OLD_FOREIGN_USES.contains(version(file) + " " + word + " " + table)) {
					continue;
				}
				foreign.add(file.getFileName() + " (" + module + ") names " + table + " (" + tableOwner + ")");
			}
		}
		assertThat(foreign).as("a migration may only point a foreign key at another module's table").isEmpty();
	}

	@Test
	void noModulesCodeNamesAnotherModulesTable() {
		Map<String, String> owners = tables();
		Map<String, String> entityTables = entityTables();
		Set<String> foreign = new TreeSet<>();
		for (Path file : javaFiles()) {
			String module = CODE.relativize(file).getName(0).toString();
			String source = read(file);
			Matcher mapping = MAPPING.matcher(source);
			while (mapping.find()) {
				check(file, module, mapping.group(1), owners, foreign);
			}
			for (String text : strings(source)) {
				for (String named : namedIn(text)) {
					String table = entityTables.getOrDefault(named, named.toLowerCase(Locale.ROOT));
					check(file, module, table, owners, foreign);
				}
			}
		}
		assertThat(foreign).as("use the owning module's facade (a read) or an event (a reaction)").isEmpty();
	}

	private static void check(Path file, String module, String table, Map<String, String> owners, Set<String> foreign) {
		String owner = owners.get(table);
		if (owner != null && !owner.equals(module) && !"framework".equals(owner)) {
			foreign.add(CODE.relativize(file) + " (" + module + ") names " + table + " (" + owner + ")");
		}
	}

	private static List<String> namedIn(String text) {
		List<String> names = new ArrayList<>();
		for (Pattern pattern : List.of(NAMES, LISTED)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				String word = (pattern == NAMES) ? matcher.group(1).toLowerCase(Locale.ROOT) : "from";
				// "on" names a table only in "create index … on t" (SQL), not in a join's
				// condition.
				if (!word.equals("on") || text.toLowerCase(Locale.ROOT).contains("create")) {
					names.add(matcher.group(matcher.groupCount()));
				}
			}
		}
		return names;
	}

	/** Every table and sequence of the migrations, with the module that created it. */
	private static Map<String, String> tables() {
		Map<String, String> owners = new TreeMap<>();
		for (Path file : migrations()) {
			Matcher created = CREATES.matcher(withoutSqlComments(read(file)));
			while (created.find()) {
				String table = created.group(2).toLowerCase(Locale.ROOT);
				owners.put(table, FRAMEWORK_TABLE.matcher(table).matches() ? "framework" : owner(file));
			}
		}
		return owners;
	}

	/** JPQL names entities: each entity's class name with the table it maps. */
	private static Map<String, String> entityTables() {
		Map<String, String> tables = new TreeMap<>();
		for (Path file : javaFiles()) {
			String source = read(file);
			Matcher entity = ENTITY.matcher(source);
			Matcher table = Pattern.compile("@Table\\(\\s*name\\s*=\\s*\"(\\w+)\"").matcher(source);
			if (entity.find() && table.find()) {
				tables.put(entity.group(1), table.group(1));
			}
		}
		return tables;
	}

	/** The module of a migration: listed above, or named after {@code V<n>__}. */
	static String owner(Path file) {
		String version = version(file);
		if (OLD_MIGRATIONS.containsKey(version)) {
			return OLD_MIGRATIONS.get(version);
		}
		String name = file.getFileName().toString().replaceFirst("^V[0-9_.]+__", "").replaceFirst("\\.sql$", "");
		return modules().stream()
			.filter((module) -> name.equals(module) || name.startsWith(module + "_"))
			.findFirst()
			.orElse(null);
	}

	private static String version(Path file) {
		return file.getFileName().toString().replaceFirst("__.*", "");
	}

	private static List<String> modules() {
		try (Stream<Path> packages = Files.list(CODE)) {
			return packages.filter(Files::isDirectory).map((dir) -> dir.getFileName().toString()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
