package org.utilityportal.shared.web;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

class SupportedLocalesTest {

	@ParameterizedTest
	@CsvSource(delimiterString = " -> ",
			value = { "en-US,en;q=0.9 -> en", "en -> en", "zh-CN,zh;q=0.9,en;q=0.8 -> zh", "zh-TW -> zh",
					"fr-FR,fr;q=0.9 -> zh", "fr-FR,en;q=0.5 -> en", "de,zh;q=0.3,en;q=0.2 -> zh",
					"en;q=0.4,zh;q=0.8 -> zh", "not a header!! -> zh" })
	void picksTheBrowsersPreferredSupportedLanguage(String header, String expectedLanguage) {
		assertThat(SupportedLocales.fromAcceptLanguage(header).getLanguage()).isEqualTo(expectedLanguage);
	}

	@ParameterizedTest
	@NullAndEmptySource
	void chineseWhenTheBrowserSaysNothing(String header) {
		assertThat(SupportedLocales.fromAcceptLanguage(header)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

	@ParameterizedTest
	@CsvSource({ "en_GB, en", "fr, zh_CN", "zh_TW, zh_CN", "ja, zh_CN" })
	void normalisesOntoTheTwoSupportedLanguages(String requested, String expected) {
		assertThat(SupportedLocales.normalise(Locale.forLanguageTag(requested.replace('_', '-'))))
			.isEqualTo(Locale.forLanguageTag(expected.replace('_', '-')));
	}

}
