package org.utilityportal.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The indexed message source answers exactly as Spring's, which asks every bundle in
 * turn: the same text for every code of the portal in both languages, the first bundle's
 * text for a code two bundles have, and no message for a code none has.
 */
class IndexedMessageSourceTest {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Test
	void everyCodeOfThePortalGivesTheSameTextAsSpringsLookup() throws IOException {
		String[] basenames = MessageBundles.basenames();
		MessageSource indexed = source(new IndexedMessageSource(), basenames);
		MessageSource spring = source(new ResourceBundleMessageSource(), basenames);
		Set<String> codes = codes(basenames);
		Object[] arguments = { "甲", 2, "丙" };
		assertThat(codes).hasSizeGreaterThan(1000);
		for (Locale locale : new Locale[] { CHINESE, Locale.ENGLISH }) {
			for (String code : codes) {
				assertThat(indexed.getMessage(code, null, locale)).as("%s in %s", code, locale)
					.isEqualTo(spring.getMessage(code, null, locale));
				assertThat(outcome(() -> indexed.getMessage(code, arguments, locale)))
					.as("%s with arguments in %s", code, locale)
					.isEqualTo(outcome(() -> spring.getMessage(code, arguments, locale)));
			}
		}
	}

	@Test
	void aCodeInTwoBundlesGivesTheFirstBundlesText() {
		MessageSource indexed = testBundles(new IndexedMessageSource());

		assertThat(indexed.getMessage("shared.code", null, CHINESE)).isEqualTo("first");
		assertThat(indexed.getMessage("shared.code", null, Locale.ENGLISH)).isEqualTo("first en");
		assertThat(indexed.getMessage("only.second", null, Locale.ENGLISH)).isEqualTo("only in second en");
		assertThat(indexed.getMessage("with.args", new Object[] { 1, "二" }, CHINESE)).isEqualTo("first 1 and 二");
	}

	@Test
	void aCodeOnlyAnEnglishBundleHasIsFoundInEnglishOnly() {
		MessageSource indexed = testBundles(new IndexedMessageSource());
		MessageSource spring = testBundles(new ResourceBundleMessageSource());

		assertThat(indexed.getMessage("english.only", null, Locale.ENGLISH)).isEqualTo("only in English");
		assertThat(indexed.getMessage("english.only", null, "none", CHINESE))
			.isEqualTo(spring.getMessage("english.only", null, "none", CHINESE))
			.isEqualTo("none");
	}

	@Test
	void aCodeNoBundleHasIsNoMessage() {
		MessageSource indexed = testBundles(new IndexedMessageSource());

		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> indexed.getMessage("no.such.code", null, CHINESE));
		assertThat(indexed.getMessage("no.such.code", null, "default", Locale.ENGLISH)).isEqualTo("default");
	}

	@Test
	void localesBeyondTheIndexedOnesAreStillAnswered() {
		MessageSource indexed = testBundles(new IndexedMessageSource());
		for (String language : new String[] { "de", "fr", "es", "it", "ja", "ko", "ru", "pt", "nl", "sv" }) {
			assertThat(indexed.getMessage("only.first", null, Locale.of(language))).as(language)
				.isEqualTo("only in first");
		}
		assertThat(indexed.getMessage("shared.code", null, Locale.ENGLISH)).isEqualTo("first en");
	}

	/** The message, or the failure (a text that is no message format fails alike). */
	private static String outcome(Supplier<String> message) {
		try {
			return message.get();
		}
		catch (IllegalArgumentException ex) {
			return ex.toString();
		}
	}

	private static MessageSource testBundles(ResourceBundleMessageSource source) {
		return source(source, new String[] { "indexed-messages/first", "indexed-messages/second" });
	}

	private static MessageSource source(ResourceBundleMessageSource source, String[] basenames) {
		source.setBasenames(basenames);
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static Set<String> codes(String[] basenames) throws IOException {
		Set<String> codes = new TreeSet<>();
		for (String basename : basenames) {
			for (String file : new String[] { basename + ".properties", basename + "_en.properties" }) {
				Properties bundle = new Properties();
				try (InputStream in = new ClassPathResource(file).getInputStream()) {
					bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
				}
				codes.addAll(bundle.stringPropertyNames());
			}
		}
		return codes;
	}

}
