package org.utilityportal.identity;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff administration: a new member of staff signs in with the one-time password and can
 * open nothing but the password page until they chose their own; disabling ends their
 * session at once; bad input and the forbidden actions change nothing; every change is on
 * the person's page.
 */
class StaffAdministrationIT extends IntegrationTest {

	@Test
	void aNewClerkChangesTheTemporaryPasswordFirstAndIsSignedOutWhenDisabled() throws Exception {
		MockHttpSession admin = signIn("admin1");
		String username = "clerk" + ThreadLocalRandom.current().nextInt(1_000_000);
		MvcResult created = this.mvc
			.perform(post("/admin/staff").param("username", username)
				.param("displayName", "新柜员")
				.param("workNumber", "W" + ThreadLocalRandom.current().nextInt(1_000_000))
				.param("role", "COUNTER")
				.param("orgUnitId", unit("C-DONGCHENG-1"))
				.session(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String temporary = (String) created.getFlashMap().get("temporaryPassword");
		long id = idOf(username);

		MockHttpSession clerk = (MockHttpSession) this.mvc.perform(formLogin().user(username).password(temporary))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/counter").session(clerk)).andExpect(redirectedUrl("/account/password"));
		this.mvc
			.perform(post("/account/password").param("currentPassword", temporary)
				.param("newPassword", "Counter2026new")
				.param("confirmPassword", "Counter2026new")
				.session(clerk)
				.with(csrf()))
			.andExpect(redirectedUrl("/home"));
		this.mvc.perform(get("/counter").session(clerk)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/staff/" + id).param("displayName", "新柜员")
				.param("workNumber",
						this.jdbc.sql("select work_number from user_account where id = ?")
							.param(id)
							.query(String.class)
							.single())
				.param("role", "COUNTER")
				.param("orgUnitId", unit("D-DONGCHENG"))
				.param("version", versionOf(id))
				.session(admin)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/staff/" + id));
		this.mvc
			.perform(
					post("/admin/staff/" + id + "/disable").param("version", versionOf(id)).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/staff/" + id));
		this.mvc.perform(get("/counter").session(clerk)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin().user(username).password("Counter2026new"))
			.andExpect(redirectedUrl("/login?error=disabled"));
		String page = this.mvc.perform(get("/admin/staff/" + id).session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("创建账号").contains("已停用");
		assertThat(this.jdbc
			.sql("select field || ': ' || coalesce(old_value, '') || ' → ' || new_value "
					+ "from staff_change where user_id = ? and changed_by = 'admin1' order by id")
			.param(id)
			.query(String.class)
			.list()).containsExactly("created:  → " + username, "orgUnit: C-DONGCHENG-1 → D-DONGCHENG",
					"enabled: true → false");
	}

	@Test
	void aResetPasswordEndsTheSessionsAndMustBeChangedAtTheNextSignIn() throws Exception {
		MockHttpSession admin = signIn("admin1");
		MockHttpSession clerk = signIn("counter2");
		long id = idOf("counter2");
		String temporary = (String) this.mvc.perform(
				post("/admin/staff/" + id + "/password").param("version", versionOf(id)).session(admin).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("temporaryPassword");
		this.mvc.perform(get("/counter").session(clerk)).andExpect(redirectedUrl("/login"));
		MockHttpSession again = (MockHttpSession) this.mvc.perform(formLogin().user("counter2").password(temporary))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/counter/customers").session(again)).andExpect(redirectedUrl("/account/password"));
		// Put the demo password back for the other tests.
		this.mvc.perform(post("/account/password").param("currentPassword", temporary)
			.param("newPassword", DEMO_PASSWORD + "x1")
			.param("confirmPassword", DEMO_PASSWORD + "x1")
			.session(again)
			.with(csrf()));
		this.jdbc.sql(
				"update user_account set password_hash = (select password_hash from user_account where username = 'counter1') where username = 'counter2'")
			.update();
	}

	@Test
	void badInputIsRefusedNextToTheFieldAndChangesNothing() throws Exception {
		MockHttpSession admin = signIn("admin1");
		long before = this.jdbc.sql("select count(*) from user_account").query(Long.class).single();
		this.mvc
			.perform(post("/admin/staff").param("username", "counter1")
				.param("displayName", "")
				.param("workNumber", "10231")
				.param("role", "COUNTER")
				.session(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("staffForm", "username", "validation.username.taken"))
			.andExpect(
					model().attributeHasFieldErrorCode("staffForm", "workNumber", "staff.validation.workNumberTaken"))
			.andExpect(model().attributeHasFieldErrors("staffForm", "displayName"));
		assertThat(this.jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anAdministratorCannotDisableThemselves() throws Exception {
		MockHttpSession admin = signIn("admin1");
		long id = idOf("admin1");
		MvcResult result = this.mvc
			.perform(
					post("/admin/staff/" + id + "/disable").param("version", versionOf(id)).session(admin).with(csrf()))
			.andReturn();
		assertThat(result.getFlashMap().get("problem")).isEqualTo("staff.refused.self");
		assertThat(
				this.jdbc.sql("select enabled from user_account where id = ?").param(id).query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void theApiCreatesStaffAndNamesTheFieldOfBadInput() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/staff").contentType("application/json")
				.content("{\"username\":\"x\",\"displayName\":\"接口\",\"workNumber\":\"A1\",\"role\":\"COUNTER\"}")
				.header("Authorization", basic("admin1")))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"username\"").contains("\"workNumber\"");
		this.mvc.perform(get("/api/v1/staff").header("Authorization", basic("counter1")))
			.andExpect(status().isForbidden());
	}

	private static String basic(String username) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private String unit(String code) {
		return this.jdbc.sql("select id from org_unit where code = ?").param(code).query(String.class).single();
	}

	private long idOf(String username) {
		return this.jdbc.sql("select id from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private String versionOf(long id) {
		return this.jdbc.sql("select version from user_account where id = ?").param(id).query(String.class).single();
	}

}
