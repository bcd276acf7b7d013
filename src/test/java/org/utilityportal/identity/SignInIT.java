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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
	void afterFiveFailuresFromOneAddressItWaitsAndTheWaitsGrowButNothingIsLocked() throws Exception {
		String username = createCustomerAccount();
		String address = "203.0.113.11";
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(signInFrom(address, username, "wrong-" + attempt))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		long firstWait = waitSeconds(this.mvc.perform(signInFrom(address, username, PASSWORD)));
		assertThat(firstWait).as("one try refills in 12 s (5 a minute)").isBetween(1L, 12L);
		this.mvc.perform(get("/login").param("error", "wait").param("seconds", String.valueOf(firstWait)))
			.andExpect(content().string(containsString("请在 " + firstWait + " 秒后重试")));

		// Keep guessing, each time as soon as a try is allowed, until a wait is minutes
		// long.
		int failures = 5;
		long wait = firstWait;
		for (int round = 0; round < 200 && wait <= 60; round++) {
			this.clock.advance(Duration.ofSeconds(wait));
			MvcResult result = this.mvc.perform(signInFrom(address, username, "again-" + round)).andReturn();
			if ("/login?error=bad".equals(result.getResponse().getRedirectedUrl())) {
				failures++;
				wait = 0;
			}
			else {
				wait = waitSeconds(result);
			}
		}
		assertThat(wait).as("a wait of minutes once the hour's tries are used up").isGreaterThan(60);
		assertThat(failures).as("the hour allows 20 (and what refilled meanwhile)").isBetween(20, 25);

		this.clock.advance(Duration.ofSeconds(wait));
		this.mvc.perform(signInFrom(address, username, PASSWORD)).andExpect(redirectedUrl("/home"));
	}

	@Test
	void unknownNamesAreCountedExactlyLikeRealOnes() throws Exception {
		String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
		String real = createCustomerAccount();
		for (String name : new String[] { ghost, real }) {
			String address = "203.0.113." + (name.equals(ghost) ? 21 : 22);
			for (int attempt = 1; attempt <= 5; attempt++) {
				this.mvc.perform(signInFrom(address, name, "guess")).andExpect(redirectedUrl("/login?error=bad"));
			}
			assertThat(waitSeconds(this.mvc.perform(signInFrom(address, name, "guess")))).isPositive();
		}
	}

	@Test
	void successfulSignInsUseUpNothing() throws Exception {
		String address = "203.0.113.31";
		for (int signIn = 1; signIn <= 12; signIn++) {
			this.mvc.perform(signInFrom(address, "counter1", PASSWORD)).andExpect(redirectedUrl("/home"));
		}
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(signInFrom(address, "counter1", "wrong")).andExpect(redirectedUrl("/login?error=bad"));
		}
	}

	@Test
	void theApiAnswers429WithRetryAfterWhenBasicCredentialsAreGuessed() throws Exception {
		String username = createCustomerAccount();
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong")).with(from("203.0.113.41")))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from("203.0.113.41")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from("198.51.100.41")))
			.andExpect(status().isOk());
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

	/** A sign-in through the form from this client address. */
	static MockHttpServletRequestBuilder signInFrom(String address, String username, String password) {
		return post("/login").with(csrf()).with(from(address)).param("username", username).param("password", password);
	}

	/** The request comes from this client address. */
	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** The seconds a refused sign-in was told to wait. */
	static long waitSeconds(ResultActions refused) throws Exception {
		return waitSeconds(refused.andReturn());
	}

	static long waitSeconds(MvcResult refused) {
		String target = refused.getResponse().getRedirectedUrl();
		assertThat(target).startsWith("/login?error=wait&seconds=");
		return Long.parseLong(target.substring(target.indexOf("seconds=") + 8));
	}

	/**
	 * A fresh account with the demo password, so throttling it disturbs no other test.
	 */
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
