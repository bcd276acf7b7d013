package org.utilityportal.shared.web;

import java.util.List;
import java.util.Locale;

import org.springframework.util.StringUtils;

/**
 * The two languages of the portal: Simplified Chinese (the default, used whenever a
 * request does not clearly ask for English) and English.
 */
public final class SupportedLocales {

	/** Simplified Chinese, the default. */
	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	/** English. */
	public static final Locale ENGLISH = Locale.ENGLISH;

	/** Both languages, default first. */
	public static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

	private SupportedLocales() {
	}

	/**
	 * Maps any locale onto a supported one: English stays English, everything else is
	 * Chinese.
	 */
	public static Locale normalise(Locale locale) {
		return (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) ? ENGLISH : CHINESE;
	}

	/**
	 * Picks the best supported language from an {@code Accept-Language} header, honouring
	 * the browser's priorities; Chinese when the header is missing, malformed or names
	 * neither.
	 */
	public static Locale fromAcceptLanguage(String header) {
		if (!StringUtils.hasText(header)) {
			return CHINESE;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String language = range.getRange().split("-")[0];
				if ("zh".equalsIgnoreCase(language)) {
					return CHINESE;
				}
				if ("en".equalsIgnoreCase(language)) {
					return ENGLISH;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// A malformed header gets the default language, like a missing one.
		}
		return CHINESE;
	}

}
