package org.utilityportal.shared;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both languages, everywhere: the Chinese and English bundles have the same keys and no
 * empty values, templates contain no literal text (every word comes from a bundle), and
 * every message key a template names exists.
 */
class TranslationsTest {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes people read or hear; they must be translated like text. */
	private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "aria-roledescription", "label", "data-confirm");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		List<Path> chinese = bundles().filter((path) -> !path.getFileName().toString().contains("_")).toList();
		assertThat(chinese).isNotEmpty();
		for (Path base : chinese) {
			Path english = base.resolveSibling(base.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(english).as("English bundle for %s", base).exists();
			Properties zh = load(base);
			Properties en = load(english);
			assertThat(en.stringPropertyNames()).as("keys of %s and %s", base, english)
				.containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
			for (String key : zh.stringPropertyNames()) {
				assertThat(zh.getProperty(key)).as("%s in %s", key, base).isNotBlank();
				assertThat(en.getProperty(key)).as("%s in %s", key, english).isNotBlank();
			}
		}
	}

	@Test
	void templatesContainNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				literals.addAll(literalsOf(element, template));
			}
		}
		assertThat(literals).as("Text in templates must come from the message bundles").isEmpty();
	}

	@Test
	void everyMessageKeyInTemplatesExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path bundle : bundles().filter((path) -> !path.getFileName().toString().contains("_")).toList()) {
			keys.addAll(load(bundle).stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("Message keys used in templates but missing from the bundles").isEmpty();
	}

	private static List<String> literalsOf(Element element, Path template) {
		List<String> literals = new ArrayList<>();
		// Style sheets and scripts are code, not text people read.
		boolean code = element.tagName().equals("style") || element.tagName().equals("script");
		boolean textReplaced = code || element.hasAttr("th:text") || element.hasAttr("th:utext")
				|| element.hasAttr("th:replace") || element.hasAttr("th:insert");
		if (!textReplaced) {
			for (TextNode text : element.textNodes()) {
				if (hasLetters(text.text())) {
					literals
						.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + text.text().trim());
				}
			}
		}
		for (Attribute attribute : element.attributes()) {
			if (READABLE_ATTRIBUTES.contains(attribute.getKey()) && hasLetters(attribute.getValue())) {
				literals.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\"" + attribute.getValue()
						+ "\"");
			}
		}
		return literals;
	}

	private static boolean hasLetters(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private static Stream<Path> bundles() throws IOException {
		return Files.list(BUNDLES).filter((path) -> path.toString().endsWith(".properties")).sorted();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> paths = Files.walk(TEMPLATES)) {
			return paths.filter((path) -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
