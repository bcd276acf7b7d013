package org.utilityportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module boundaries honest: no cycles, no module reaches into another's
 * internal packages or uses a module it does not declare, and every module declares what
 * it may use, the same list as the README's module table.
 */
class ModuleStructureTest {

	private static final Pattern DECLARED = Pattern.compile("allowedDependencies\\s*=\\s*\\{([^}]*)}");

	private static final Pattern NAME = Pattern.compile("`([a-z]+)`");

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void everyModuleDeclaresTheDependenciesTheReadmeLists() throws IOException {
		assertThat(declared()).isEqualTo(readme());
	}

	/** Each module's {@code allowedDependencies} in its package-info. */
	private static Map<String, Set<String>> declared() throws IOException {
		Map<String, Set<String>> declared = new TreeMap<>();
		try (Stream<Path> packages = Files.list(Path.of("src/main/java/org/utilityportal"))) {
			for (Path module : packages.filter(Files::isDirectory).toList()) {
				Matcher list = DECLARED.matcher(Files.readString(module.resolve("package-info.java")));
				declared.put(module.getFileName().toString(),
						list.find() ? Arrays.stream(list.group(1).split(","))
							.map((name) -> name.strip().replace("\"", ""))
							.filter((name) -> !name.isEmpty())
							.collect(Collectors.toCollection(TreeSet::new)) : Set.of("(not declared)"));
			}
		}
		return declared;
	}

	/** The "may use" column of the README's module table. */
	private static Map<String, Set<String>> readme() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("README.md"));
		int header = lines
			.indexOf(lines.stream().filter((line) -> line.startsWith("| module |")).findFirst().orElseThrow());
		List<String> columns = cells(lines.get(header));
		int mayUse = columns.indexOf("may use");
		Map<String, Set<String>> table = new TreeMap<>();
		for (String line : lines.subList(header + 2, lines.size())) {
			if (!line.startsWith("|")) {
				break;
			}
			List<String> cells = cells(line);
			Matcher module = NAME.matcher(cells.getFirst());
			module.find();
			// Only the names in back quotes count; a note in brackets after one does not.
			Matcher used = NAME.matcher(cells.get(mayUse).replaceAll("\\([^)]*\\)", ""));
			Set<String> names = new TreeSet<>();
			while (used.find()) {
				names.add(used.group(1));
			}
			table.put(module.group(1), names);
		}
		return table;
	}

	private static List<String> cells(String line) {
		return Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::strip).toList();
	}

}
