package org.utilityportal.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens: made on one's own page and shown once, kept as a hash, acting with
 * the holder's role only, ending when they expire or are revoked by the holder or an
 * administrator.
 */
class ApiTokensIT extends IntegrationTest {

	@Test
	void aClerkMakesATokenAndAScriptUsesItInsteadOfAPassword() throws Exception {
		MockHttpSession clerk = signIn("counter2");
		String token = createToken(clerk, "抄表脚本", 30);

		assertThat(token).startsWith("upt_").hasSizeGreaterThan(40);
		assertThat(this.jdbc.sql("select token_hash from api_token where token_prefix = ?")
			.param(token.substring(0, 12))
			.query(String.class)
			.single()).as("only a hash is kept").hasSize(64).isNotEqualTo(token).doesNotContain(token.substring(4));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("counter2"))
			.andExpect(jsonPath("$.role").value("COUNTER"));
		this.mvc.perform(get("/api/v1/customers").param("q", "张").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/account/tokens").session(clerk)).andExpect(content().string(containsString(token)));
		this.mvc.perform(get("/account/tokens").session(clerk))
			.andExpect(content().string(containsString("抄表脚本")))
			.andExpect(content().string(containsString(token.substring(0, 12))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));
	}

	@Test
	void aTokenEndsWhenItExpiresAndAWrongOneIsRefused() throws Exception {
		String token = createToken(signIn("customer2"), "expiring", 30);
		this.mvc.perform(get("/api/v1/my/accounts").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
		this.clock.advance(Duration.ofDays(30).plusMinutes(1));
		this.mvc.perform(get("/api/v1/my/accounts").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/my/accounts").header("Authorization", "Bearer upt_" + UUID.randomUUID()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theHolderAndAnAdministratorRevokeTokensButNobodyElse() throws Exception {
		MockHttpSession clerk = signIn("counter2");
		String first = createToken(clerk, "first", 90);
		String second = createToken(clerk, "second", 90);
		long firstId = idOf(first);
		long secondId = idOf(second);

		this.mvc.perform(post("/account/tokens/" + firstId + "/revoke").session(signIn("customer1")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + first)).andExpect(status().isOk());

		this.mvc.perform(post("/account/tokens/" + firstId + "/revoke").session(clerk).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + first))
			.andExpect(status().isUnauthorized());

		long clerkId = this.jdbc.sql("select id from user_account where username = 'counter2'")
			.query(Long.class)
			.single();
		MockHttpSession admin = signIn("admin1");
		this.mvc.perform(get("/admin/staff/" + clerkId).session(admin))
			.andExpect(content().string(containsString("second")));
		this.mvc
			.perform(post("/admin/staff/" + clerkId + "/tokens/" + secondId + "/revoke").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/staff/" + clerkId));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + second))
			.andExpect(status().isUnauthorized());
		assertThat(this.jdbc.sql("select revoked_by from api_token where id = ?")
			.param(secondId)
			.query(String.class)
			.single()).isEqualTo("admin1");
	}

	@Test
	void makingAndRevokingATokenIsInThePersonsHistory() throws Exception {
		MockHttpSession clerk = signIn("counter2");
		String name = "history " + UUID.randomUUID().toString().substring(0, 8);
		String token = createToken(clerk, name, 30);
		long clerkId = userId("counter2");
		MockHttpSession admin = signIn("admin1");
		this.mvc
			.perform(post("/admin/staff/" + clerkId + "/tokens/" + idOf(token) + "/revoke").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/staff/" + clerkId));
		String label = name + " (" + token.substring(0, 12) + "…)";
		assertThat(this.jdbc.sql("""
				select field || ' ' || changed_by || ' ' || coalesce(old_value, '-') || ' ' || coalesce(new_value, '-')
				from staff_change where user_id = ? and (old_value = ? or new_value = ?) order by id""")
			.param(clerkId)
			.param(label)
			.param(label)
			.query(String.class)
			.list()).containsExactly("apiTokenIssued counter2 - " + label, "apiTokenRevoked admin1 " + label + " -");
		// The administrator sees both in the staff page's history, the holder on their
		// tokens page.
		String staffPage = page(get("/admin/staff/" + clerkId).session(admin).header("Accept-Language", "en"));
		assertThat(historyOf(staffPage, "staff-changes")).contains("API token made", "API token revoked", label);
		String tokensPage = page(get("/account/tokens").session(clerk).header("Accept-Language", "en"));
		assertThat(historyOf(tokensPage, "token-history")).contains("API token made", "API token revoked", label,
				"admin1");
	}

	@Test
	void aCustomerSeesTheTokensTheyMadeAndRevokedInTheirHistory() throws Exception {
		MockHttpSession customer = signIn("customer2");
		String name = "history " + UUID.randomUUID().toString().substring(0, 8);
		String token = createToken(customer, name, 90);
		this.mvc.perform(post("/account/tokens/" + idOf(token) + "/revoke").session(customer).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"));
		String label = name + " (" + token.substring(0, 12) + "…)";
		String history = historyOf(page(get("/account/tokens").session(customer)), "token-history");
		assertThat(history).contains("生成 API 令牌", "吊销 API 令牌");
		assertThat(history.split(Pattern.quote(label), -1)).as("rows naming the token").hasSize(3);
		assertThat(this.jdbc
			.sql("select count(*) from staff_change where user_id = ? and (old_value = ? or new_value = ?)")
			.param(userId("customer2"))
			.param(label)
			.param(label)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The text of a history table of a page. */
	private static String historyOf(String page, String tableId) {
		int start = page.indexOf("id=\"" + tableId + "\"");
		assertThat(start).as("the page has the table " + tableId).isNotNegative();
		return page.substring(start, page.indexOf("</table>", start));
	}

	private long userId(String username) {
		return this.jdbc.sql("select id from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	@Test
	void aTokenOfADisabledPersonOpensNothing() throws Exception {
		String token = createToken(signIn("counter2"), "disabled", 30);
		this.jdbc.sql("update user_account set enabled = false where username = 'counter2'").update();
		try {
			this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
				.andExpect(status().isUnauthorized());
		}
		finally {
			this.jdbc.sql("update user_account set enabled = true where username = 'counter2'").update();
		}
	}

	@Test
	void aNameIsRequiredAndTheValidityIsOneOfTheChoices() throws Exception {
		this.mvc
			.perform(post("/account/tokens").session(signIn("customer1"))
				.with(csrf())
				.param("name", " ")
				.param("validDays", "5000"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
				.attributeHasFieldErrors("tokenForm", "name", "validDays"));
	}

	private String createToken(MockHttpSession session, String name, int days) throws Exception {
		return (String) this.mvc
			.perform(post("/account/tokens").session(session)
				.with(csrf())
				.param("name", name)
				.param("validDays", String.valueOf(days)))
			.andExpect(redirectedUrl("/account/tokens"))
			.andReturn()
			.getFlashMap()
			.get("newToken");
	}

	private long idOf(String token) {
		return this.jdbc.sql("select id from api_token where token_prefix = ?")
			.param(token.substring(0, 12))
			.query(Long.class)
			.single();
	}

}
