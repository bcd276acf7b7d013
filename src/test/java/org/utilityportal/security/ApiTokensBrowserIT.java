package org.utilityportal.security;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;
import org.utilityportal.support.PortalHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor makes a personal API token from the person menu, a script uses it, and the
 * supervisor revokes it on the same page.
 */
class ApiTokensBrowserIT extends BrowserTest {

	@Test
	void aTokenMadeOnThePersonsPageOpensTheApiUntilItIsRevoked() {
		signIn("supervisor2", DEMO_PASSWORD);
		click(this.browser.findElement(By.id("person-menu-button")));
		click(this.browser.findElement(By.id("person-menu-tokens")));
		waitFor(By.id("token-form"));
		this.browser.findElement(By.id("name")).sendKeys("月报导出脚本");
		submit("token-form");

		waitFor(By.id("new-token"));
		String token = this.browser.findElement(By.id("new-token")).getText();
		assertThat(this.browser.findElement(By.id("tokens-table")).getText()).contains("月报导出脚本")
			.contains(token.substring(0, 12))
			.contains("有效");
		assertAccessible();
		Browser.screenshot("api-token-created");

		PortalHttp script = new PortalHttp(this.port);
		var me = script.getWithToken("/api/v1/me", token);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"supervisor2\"");

		this.browser.get(url("/account/tokens"));
		assertThat(this.browser.findElements(By.id("new-token"))).as("shown once only").isEmpty();
		click(this.browser.findElement(By.cssSelector("#tokens-table .revoke-token")));
		waitFor(By.id("notice"));
		assertThat(this.browser.findElement(By.cssSelector("#tokens-table .token-status")).getText())
			.isEqualTo("已由 supervisor2 吊销");
		assertThat(script.getWithToken("/api/v1/me", token).status()).isEqualTo(401);
	}

}
