package org.utilityportal.identity;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpSession;
import org.utilityportal.support.PortalHttp;
import org.utilityportal.support.PortalHttp.Page;
import org.springframework.test.web.servlet.MvcResult;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in, sign-out, role landing pages, throttling and CSRF through the real filter
 * chain.
 */
class SignInIT extends IntegrationTest {

	private static final String PASSWORD = DEMO_PASSWORD;

	@ParameterizedTest
	@CsvSource({ "customer1, /my", "customer2, /my", "counter1, /counter", "supervisor1, /supervisor",
			"admin1, /admin" })
	void eachDemoRoleLandsOnItsOwnHomePage(String username, String home) throws Exception {
		MvcResult signedIn = this.mvc.perform(formLogin().user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/home"))
			.andReturn();
		HttpSession session = signedIn.getRequest().getSession(false);
		this.mvc.perform(get("/home").session((MockHttpSession) session)).andExpect(redirectedUrl(home));
		this.mvc.perform(get(home).session((MockHttpSession) session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"landing\"")));
	}

	@ParameterizedTest
	@CsvSource({ "customer1, /counter", "customer1, /admin", "counter1, /supervisor", "counter1, /my",
			"supervisor1, /admin", "admin1, /counter", "admin1, /my" })
	void anotherRolesPageAnswers403WithAFriendlyPage(String username, String page) throws Exception {
		MockHttpSession session = signIn(username);
		this.mvc.perform(get(page).session(session).accept("text/html")).andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@CsvSource({ "/my", "/counter", "/supervisor", "/admin", "/home", "/counter/anything" })
	void anAnonymousRequestIsSentToTheSignInPage(String page) throws Exception {
		this.mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void staffSeeTheirWorkNumberInTheHeaderAndCustomersHaveNone() throws Exception {
		this.mvc.perform(get("/counter").session(signIn("counter1")))
			.andExpect(content().string(containsString("工号 10231")));
		String customerPage = this.mvc.perform(get("/my").session(signIn("customer1")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(customerPage).contains("张晓明").doesNotContain("data-testid=\"work-number\"");
	}

	@Test
	void aWrongPasswordSaysTheSameAsAnUnknownName() throws Exception {
		this.mvc.perform(formLogin().user("counter1").password("wrong")).andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(formLogin().user("nobody-" + UUID.randomUUID()).password("wrong"))
			.andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(get("/login").param("error", "bad")).andExpect(content().string(containsString("用户名或密码不正确")));
		this.mvc.perform(formLogin().user("counter1").password(PASSWORD)).andExpect(redirectedUrl("/home"));
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutesEvenWithTheRightPassword() throws Exception {
		String username = createCustomerAccount();
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin().user(username).password("wrong-" + attempt))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		this.mvc.perform(formLogin().user(username).password("wrong-5"))
			.andExpect(redirectedUrl("/login?error=locked"));
		this.mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error=locked"));
		this.mvc.perform(get("/login").param("error", "locked"))
			.andExpect(content().string(containsString("锁定 15 分钟")));

		this.clock.advance(Duration.ofMinutes(14));
		this.mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error=locked"));
		this.clock.advance(Duration.ofMinutes(2));
		this.mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/home"));
	}

	@Test
	void failuresOutsideTheWindowDoNotCount() throws Exception {
		String username = createCustomerAccount();
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?error=bad"));
		}
		this.clock.advance(Duration.ofMinutes(16));
		this.mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/home"));
	}

	@Test
	void unknownNamesAreLockedExactlyLikeRealOnes() throws Exception {
		String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin().user(ghost).password("guess")).andExpect(redirectedUrl("/login?error=bad"));
		}
		this.mvc.perform(formLogin().user(ghost).password("guess")).andExpect(redirectedUrl("/login?error=locked"));
	}

	@Test
	void aSignInWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "counter1").param("password", PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").session(signIn("counter1"))).andExpect(status().isForbidden());
	}

	@Test
	void theSessionIdChangesAtSignInAndSignOutEndsTheSession() {
		PortalHttp http = new PortalHttp(this.port);
		Page form = http.get("/login", "zh-CN");
		String before = http.cookie("JSESSIONID");
		assertThat(before).isNotNull();

		Page signedIn = http.postForm("/login",
				"username=counter1&password=Portal%232026&_csrf=" + PortalHttp.csrfToken(form));
		assertThat(signedIn.location()).endsWith("/home");
		String after = http.cookie("JSESSIONID");
		assertThat(after).isNotNull().isNotEqualTo(before);
		Page desk = http.get("/counter", "zh-CN");
		assertThat(desk.status()).isEqualTo(200);

		Page signedOut = http.postForm("/logout", "_csrf=" + PortalHttp.csrfToken(desk));
		assertThat(signedOut.location()).endsWith("/login?signedOut");
		assertThat(http.get("/counter", "zh-CN").location()).endsWith("/login");
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("script-src 'self';"), not(containsString("unsafe-inline")),
							containsString("frame-ancestors 'none'"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void passwordsAreStoredWithAnAdaptiveHash() {
		var hashes = this.jdbc.sql("select password_hash from user_account").query(String.class).list();
		assertThat(hashes).isNotEmpty()
			.allSatisfy((hash) -> assertThat(hash).matches("\\{bcrypt\\}\\$2[aby]\\$1\\d\\$.{53}"));
	}

	/** A fresh account with the demo password, so locking it disturbs no other test. */
	private String createCustomerAccount() {
		String username = "probe-" + UUID.randomUUID().toString().substring(0, 8);
		String hash = this.jdbc.sql("select password_hash from user_account where username = 'customer1'")
			.query(String.class)
			.single();
		this.jdbc
			.sql("insert into user_account (username, password_hash, role, display_name) values (?, ?, 'CUSTOMER', ?)")
			.params(username, hash, "测试用户")
			.update();
		return username;
	}

}
