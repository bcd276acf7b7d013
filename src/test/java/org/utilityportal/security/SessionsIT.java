package org.utilityportal.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.PortalHttp;
import org.utilityportal.support.PortalHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions (kept in PostgreSQL by Spring Session): a changed password ends the person's
 * other sessions, a member of staff idle for 30 minutes is signed out, and behind the TLS
 * proxy the session cookie is Secure and HSTS is sent.
 */
class SessionsIT extends IntegrationTest {

	@Test
	void changingThePasswordEndsTheOtherSessionsButNotThisOne() {
		String username = freshCustomerAccount();
		PortalHttp laptop = new PortalHttp(this.port).signIn(username, DEMO_PASSWORD);
		PortalHttp phone = new PortalHttp(this.port).signIn(username, DEMO_PASSWORD);
		assertThat(phone.get("/account/password", "zh-CN").status()).isEqualTo(200);

		String csrf = PortalHttp.csrfToken(laptop.get("/account/password", "zh-CN"));
		var changed = laptop.postForm("/account/password", "currentPassword=Portal%232026&newPassword=Changed2026ok"
				+ "&confirmPassword=Changed2026ok&_csrf=" + csrf);
		assertThat(changed.location()).endsWith("/home");

		assertThat(phone.get("/account/password", "zh-CN").location()).as("the other session is gone")
			.endsWith("/login");
		assertThat(laptop.get("/account/password", "zh-CN").status()).as("the session that changed it stays")
			.isEqualTo(200);
	}

	@Test
	void aMemberOfStaffIdleForThirtyMinutesIsSignedOut() {
		PortalHttp clerk = new PortalHttp(this.port).signIn("counter1", DEMO_PASSWORD);
		String sessionId = sessionIdOf(clerk);
		assertThat(this.jdbc.sql("select max_inactive_interval from spring_session where session_id = ?")
			.param(sessionId)
			.query(Integer.class)
			.single()).isEqualTo(1800);

		idleFor(sessionId, 29);
		assertThat(clerk.get("/counter", "zh-CN").status()).isEqualTo(200);
		idleFor(sessionId, 31);
		assertThat(clerk.get("/counter", "zh-CN").location()).endsWith("/login");
	}

	/**
	 * Issue 16 regression: Spring Session wrote the last-access time (an UPDATE and a
	 * commit waiting for the disk) on every page view. Page views within a minute now
	 * write no row of the session (counted by the rows' versions), and a page view a
	 * minute later writes the last-access time again, so the idle time-out still counts
	 * from it.
	 */
	@Test
	void pageViewsWithinAMinuteWriteNothingToTheSessionAndALaterOneTouchesIt() {
		String username = freshCustomerAccount();
		PortalHttp customer = new PortalHttp(this.port).signIn(username, DEMO_PASSWORD);
		String sessionId = sessionIdOf(customer);
		assertThat(customer.get("/account/password", "zh-CN").status()).isEqualTo(200);
		String written = rowVersions(sessionId);

		for (int view = 0; view < 3; view++) {
			assertThat(customer.get("/account/password", "zh-CN").status()).isEqualTo(200);
		}
		assertThat(rowVersions(sessionId)).as("rows of the session written by three page views").isEqualTo(written);

		idleFor(sessionId, 2);
		long viewedFrom = System.currentTimeMillis();
		assertThat(customer.get("/account/password", "zh-CN").status()).isEqualTo(200);
		assertThat(this.jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.single()).as("last access written again after two minutes").isGreaterThanOrEqualTo(viewedFrom);
	}

	@Test
	void behindTheTlsProxyTheCookieIsSecureAndHstsIsSent() {
		Response viaTls = new PortalHttp(this.port).withHeader("X-Forwarded-Proto", "https").getResponse("/login");
		assertThat(viaTls.header("Strict-Transport-Security")).contains("max-age=31536000");
		assertThat(viaTls.headers("Set-Cookie")).anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
			.containsIgnoringCase("; Secure")
			.containsIgnoringCase("HttpOnly"));

		Response plain = new PortalHttp(this.port).getResponse("/login");
		assertThat(plain.header("Strict-Transport-Security")).isNull();
		assertThat(plain.headers("Set-Cookie")).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).doesNotContainIgnoringCase("; Secure"));
	}

	private static String sessionIdOf(PortalHttp client) {
		return new String(Base64.getDecoder().decode(client.cookie("JSESSIONID")), StandardCharsets.UTF_8);
	}

	/**
	 * The row versions ({@code xmin}) of the session's row and of its attributes' rows:
	 * any write of one of them changes this text.
	 */
	private String rowVersions(String sessionId) {
		return this.jdbc.sql("""
				select s.xmin::text || ':' || coalesce((select string_agg(a.attribute_name || '=' || a.xmin::text, ','
				    order by a.attribute_name) from spring_session_attributes a
				  where a.session_primary_id = s.primary_id), '')
				from spring_session s where s.session_id = ?
				""").param(sessionId).query(String.class).single();
	}

	/** Moves the session's last request this many minutes into the past. */
	private void idleFor(String sessionId, int minutes) {
		this.jdbc.sql("""
				update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000
				where session_id = ?
				""").params(millisAgo(minutes), millisAgo(minutes), sessionId).update();
	}

	private static long millisAgo(int minutes) {
		return System.currentTimeMillis() - minutes * 60_000L;
	}

	private String freshCustomerAccount() {
		String username = "sess-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into user_account (username, password_hash, role, display_name)
				select ?, password_hash, 'CUSTOMER', '会话测试' from user_account where username = 'customer1'
				""").param(username).update();
		return username;
	}

}
