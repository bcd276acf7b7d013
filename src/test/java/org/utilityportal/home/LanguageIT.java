package org.utilityportal.home;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

/**
 * The language follows the browser, Chinese when in doubt, and a switch is remembered.
 */
class LanguageIT extends IntegrationTest {

	@Test
	void chineseWhenTheBrowserSaysNothing() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(content().string(containsString("<html lang=\"zh-CN\"")))
			.andExpect(content().string(containsString("用户名")));
	}

	@Test
	void followsAnEnglishBrowser() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("User name")));
	}

	@Test
	void chineseForALanguageThePortalDoesNotSpeak() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "fr-FR,fr;q=0.9"))
			.andExpect(content().string(containsString("用户名")));
	}

	@Test
	void aSwitchIsRememberedOverTheBrowsersLanguage() throws Exception {
		MvcResult switched = this.mvc.perform(get("/login").param("lang", "en").header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("User name")))
			.andExpect(cookie().exists("portal_lang"))
			.andReturn();
		Cookie remembered = switched.getResponse().getCookie("portal_lang");
		assertThat(remembered.getMaxAge()).isGreaterThan(30 * 24 * 3600);
		this.mvc.perform(get("/").cookie(remembered).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("Electricity, water, gas and metro services in one place")));
	}

	@Test
	void anUnsupportedSwitchFallsBackToChinese() throws Exception {
		this.mvc.perform(get("/login").param("lang", "de").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<html lang=\"zh-CN\"")));
	}

}
