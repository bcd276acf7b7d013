package org.utilityportal.shared.web;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Spring's {@link ResourceBundleMessageSource} over many bundles, asking only the bundle
 * that has a code. Spring's looks a code up in each bundle in the order of the basenames
 * until one has it: with one bundle per module (24 now) a layout text in {@code
 * messages} cost eleven lookups, and message lookups were about 5% of the processor time
 * of a counter search page (docs/BENCHMARKS.md, "Counter search: the cost per request").
 * Here each locale's bundles are read once into an index of code to basename, built by
 * the same rule (the first basename whose bundle, with its parents, has the code), so
 * every message is the one Spring's lookup finds: the same text, the same cached
 * {@code MessageFormat}. A code no bundle has is answered as before (no message).
 * <p>
 * Bundles are cached for good (Spring's default, {@code cacheMillis} -1), so the index
 * never goes stale. At most {@value #MAX_INDEXED_LOCALES} locales are indexed (the portal
 * speaks two); any further locale is looked up the usual way.
 */
class IndexedMessageSource extends ResourceBundleMessageSource {

	private static final int MAX_INDEXED_LOCALES = 8;

	private final Map<Locale, Map<String, String>> basenameOfCode = new ConcurrentHashMap<>();

	@Override
	protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
		Map<String, String> index = indexFor(locale);
		if (index == null) {
			return super.resolveCodeWithoutArguments(code, locale);
		}
		ResourceBundle bundle = bundleWith(index, code, locale);
		return (bundle != null) ? getStringOrNull(bundle, code) : null;
	}

	@Override
	protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
		Map<String, String> index = indexFor(locale);
		if (index == null) {
			return super.resolveCode(code, locale);
		}
		ResourceBundle bundle = bundleWith(index, code, locale);
		if (bundle == null) {
			return null;
		}
		try {
			return getMessageFormat(bundle, code, locale);
		}
		catch (MissingResourceException ex) {
			// As Spring's own lookup: a bundle that cannot give the code gives no
			// message.
			return null;
		}
	}

	private @Nullable ResourceBundle bundleWith(Map<String, String> index, String code, Locale locale) {
		String basename = index.get(code);
		return (basename != null) ? getResourceBundle(basename, locale) : null;
	}

	private @Nullable Map<String, String> indexFor(Locale locale) {
		if (getCacheMillis() >= 0) {
			return null;
		}
		Map<String, String> index = this.basenameOfCode.get(locale);
		if (index == null && this.basenameOfCode.size() < MAX_INDEXED_LOCALES) {
			index = this.basenameOfCode.computeIfAbsent(locale, this::index);
		}
		return index;
	}

	private Map<String, String> index(Locale locale) {
		Map<String, String> index = new HashMap<>();
		for (String basename : getBasenameSet()) {
			ResourceBundle bundle = getResourceBundle(basename, locale);
			if (bundle != null) {
				bundle.keySet().forEach((code) -> index.putIfAbsent(code, basename));
			}
		}
		return Map.copyOf(index);
	}

}
