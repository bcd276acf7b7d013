package org.utilityportal.identity;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation tree: a unit with open cases is neither closed nor moved, and the
 * refusal says how many and where; a new unit below another gets its areas; a unit of the
 * wrong kind below another is refused next to the field.
 */
class OrganisationAdministrationIT extends IntegrationTest {

	@Test
	void aServiceHallWithOpenCasesCannotCloseAndTheMessageSaysHowManyAndWhere() throws Exception {
		MockHttpSession admin = signIn("admin1");
		long hall = unit("C-DONGCHENG-1");
		long open = this.jdbc.sql("""
				select count(*) from service_case where responsible_unit_id = ?
				and status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER')
				""").param(hall).query(Long.class).single();
		assertThat(open).isPositive();
		MvcResult result = this.mvc.perform(
				post("/admin/org-units/" + hall + "/close").param("version", version(hall)).session(admin).with(csrf()))
			.andReturn();
		assertThat((String) result.getFlashMap().get("refusal"))
			.isEqualTo("不能撤销：该机构及其下级还有 " + open + " 件未办结的工单（东城第一营业厅 " + open + " 件）。");
		assertThat(this.jdbc.sql("select closed_on is null from org_unit where id = ?")
			.param(hall)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aTeamIsAddedBelowAServiceHallWithItsAreasAndAHeadOfficeKindBelowIsRefused() throws Exception {
		MockHttpSession admin = signIn("admin1");
		String code = "T-" + System.nanoTime() % 1_000_000;
		this.mvc
			.perform(post("/admin/org-units").param("code", code)
				.param("parentId", String.valueOf(unit("C-DONGCHENG-1")))
				.param("kind", "STATION")
				.param("nameZh", "和平里抢修班")
				.param("nameEn", "Hepingli repair team")
				.param("areas", "东城区 和平里街道\n东城区　安定门外大街")
				.param("tier2WorkNumber", "20018")
				.session(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long team = unit(code);
		assertThat(this.jdbc.sql("select area from org_unit_area where org_unit_id = ? order by position")
			.param(team)
			.query(String.class)
			.list()).containsExactly("东城区 和平里街道", "东城区 安定门外大街");
		assertThat(this.jdbc
			.sql("select u.username from org_unit_tier_contact c join user_account u on u.id = c.user_id "
					+ "where c.org_unit_id = ? and c.tier = 2")
			.param(team)
			.query(String.class)
			.list()).containsExactly("supervisor2");
		String page = this.mvc.perform(get("/admin/org-units/" + team).session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("赵志刚（工号 20018）");

		this.mvc
			.perform(post("/admin/org-units").param("code", code + "X")
				.param("parentId", String.valueOf(team))
				.param("kind", "COUNTER")
				.param("nameZh", "错")
				.param("nameEn", "Wrong")
				.session(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("unitForm", "parentId", "orgUnit.validation.parentKind"));
	}

	@Test
	void anOnlineCaseGoesToTheUnitWhoseAreaCoversItsAccount() throws Exception {
		MockHttpSession admin = signIn("admin1");
		String code = "R-" + System.nanoTime() % 1_000_000;
		this.mvc
			.perform(post("/admin/org-units").param("code", code)
				.param("parentId", String.valueOf(unit("D-DONGCHENG")))
				.param("kind", "COUNTER")
				.param("nameZh", "路由测试营业厅")
				.param("nameEn", "Routing test hall")
				.param("areas", "丰台区 " + code + "路")
				.session(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long customerId = this.customers.open("路由测试");
		long accountId = this.customers.openElectricity(customerId);
		this.jdbc.sql("update service_account set service_address = ? where id = ?")
			.params("北京市丰台区" + code + "路 8 号", accountId)
			.update();
		org.utilityportal.casework.IntakeForm form = new org.utilityportal.casework.IntakeForm();
		form.setNature(org.utilityportal.casework.Nature.COMPLAINT);
		form.setSubject(org.utilityportal.casework.Subject.SUPPLY_QUALITY);
		form.setUtility(org.utilityportal.shared.domain.Utility.ELECTRICITY);
		form.setAccountNumber(this.jdbc.sql("select account_number from service_account where id = ?")
			.param(accountId)
			.query(String.class)
			.single());
		form.setOccurredAt(java.time.LocalDateTime.now(this.clock).minusHours(1));
		form.setPlace("家中");
		form.setSummary("经常停电");
		form.setDetails("每晚停电两次。");
		String number = this.intake.registerOnline(form, new org.utilityportal.support.TestPrincipal(0, "routing",
				"路由测试", org.utilityportal.shared.security.Role.CUSTOMER, null, customerId, false));
		assertThat(this.jdbc
			.sql("select u.code from service_case c join org_unit u on u.id = c.responsible_unit_id "
					+ "where c.number = ?")
			.param(number)
			.query(String.class)
			.single()).isEqualTo(code);
	}

	@org.springframework.beans.factory.annotation.Autowired
	private org.utilityportal.casework.CaseIntake intake;

	private long unit(String code) {
		return this.jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

	private String version(long id) {
		return this.jdbc.sql("select version from org_unit where id = ?").param(id).query(String.class).single();
	}

}
