package org.utilityportal.tariff;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Price officers draft and publish versions; the public reads them and estimates a bill.
 */
class TariffAdminIT extends IntegrationTest {

	@Test
	void oneOfficerDraftsAnotherPublishesAndThenItNeverChanges() throws Exception {
		long tariffId = tariffId("WATER", "COMMERCIAL");
		LocalDate from = LocalDate.now(this.clock).plusMonths(2).withDayOfMonth(1);
		MockHttpSession author = signIn("admin1");
		String location = this.mvc.perform(draft(tariffId, from.toString()).session(author))
			.andExpect(redirectedUrlPattern("/admin/tariffs/versions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long versionId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		this.mvc.perform(post(location + "/publish").session(author).with(csrf()).param("version", "0"))
			.andExpect(flash().attribute("problem", "tariff.publish.ownDraft"));
		this.mvc.perform(post(location + "/publish").session(signIn("admin2")).with(csrf()).param("version", "0"))
			.andExpect(flash().attribute("notice", "tariff.notice.published"));

		assertThat(this.jdbc.sql("select status || '|' || published_by from tariff_version where id = ?")
			.param(versionId)
			.query(String.class)
			.single()).isEqualTo("PUBLISHED|admin2");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update tariff_version set document_number = 'x' where id = ?")
				.param(versionId)
				.update());
		this.mvc.perform(get("/public/prices")).andExpect(content().string(containsString(from + " 起执行的新价格")));
	}

	@Test
	void anOfficerWhoEditedAnotherOfficersDraftCannotPublishIt() throws Exception {
		long tariffId = tariffId("WATER", "COMMERCIAL");
		LocalDate from = LocalDate.now(this.clock).plusMonths(3).withDayOfMonth(1);
		String location = this.mvc.perform(draft(tariffId, from.toString()).session(signIn("admin1")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long versionId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		MockHttpSession editor = signIn("admin2");
		this.mvc
			.perform(post(location).session(editor)
				.with(csrf())
				.param("version", "0")
				.param("effectiveFrom", from.toString())
				.param("documentNumber", "测试价格文件（修改）")
				.param("documentDate", LocalDate.now(this.clock).toString())
				.param("unit", "CUBIC_METRE")
				.param("energyKind", "FLAT")
				.param("flatPrice", "9.99")
				.param("tierBasis", "ANNUAL")
				.param("taxMode", "INCLUDED")
				.param("taxPercent", "9"))
			.andExpect(redirectedUrl(location));

		this.mvc.perform(post(location + "/publish").session(editor).with(csrf()).param("version", "1"))
			.andExpect(flash().attribute("problem", "tariff.publish.editedDraft"));
		assertThat(this.jdbc
			.sql("select status || '|' || array_to_string(edited_by, ',') from tariff_version where id = ?")
			.param(versionId)
			.query(String.class)
			.single()).isEqualTo("DRAFT|admin2");
		assertThatExceptionOfType(DataAccessException.class).as("the table refuses it as well")
			.isThrownBy(() -> this.jdbc.sql("""
					update tariff_version set status = 'PUBLISHED', published_by = 'admin2', published_at = now()
					where id = ?""").param(versionId).update());
		this.mvc.perform(post(location + "/discard").session(editor).with(csrf()).param("version", "1"));
	}

	@Test
	void aVersionCannotBePublishedForADayAlreadyPast() throws Exception {
		long tariffId = tariffId("WATER", "COMMERCIAL");
		String location = this.mvc
			.perform(draft(tariffId, LocalDate.now(this.clock).minusDays(1).toString()).session(signIn("admin2")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post(location + "/publish").session(signIn("admin1")).with(csrf()).param("version", "0"))
			.andExpect(flash().attribute("problem", "tariff.publish.past"));
	}

	@Test
	void incompletePricesAreExplainedAndNotSaved() throws Exception {
		long tariffId = tariffId("WATER", "COMMERCIAL");
		long before = drafts();
		this.mvc
			.perform(draft(tariffId, LocalDate.now(this.clock).plusMonths(1).toString(), "6.50")
				.session(signIn("admin1"))
				.param("fixedCharges[0].nameZh", "维护费"))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("versionForm", "fixedCharges[0].price", "validation.required"))
			.andExpect(content().string(containsString("<input class=\"form-control form-control-sm is-invalid\"")))
			.andExpect(content().string(
					containsString("aria-label=\"第1行金额\" id=\"fixedCharges0.price\" name=\"fixedCharges[0].price\"")))
			.andExpect(content().string(containsString("value=\"维护费\"")));
		this.mvc
			.perform(draft(tariffId, LocalDate.now(this.clock).plusMonths(1).toString(), "").session(signIn("admin1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("单一价格须填写")));
		assertThat(drafts()).isEqualTo(before);
	}

	@Test
	void thePublicPricePageAndEstimatorNeedNoSignIn() throws Exception {
		long electricity = tariffId("ELECTRICITY", "RESIDENTIAL");
		this.mvc.perform(get("/public/prices").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Residential electricity")))
			.andExpect(content().string(containsString("0.4883")));
		this.mvc
			.perform(get("/public/prices").param("tariff", String.valueOf(electricity))
				.param("consumption", "300")
				.param("months", "1")
				.param("yearToDate", "2700"))
			.andExpect(content().string(containsString("87.89")))
			.andExpect(content().string(containsString("64.60")))
			.andExpect(content().string(containsString("¥152.49")));
		this.mvc.perform(get("/public/prices").param("tariff", String.valueOf(electricity)).param("consumption", "-5"))
			.andExpect(model().attributeHasFieldErrors("estimate", "consumption"));
	}

	@Test
	void onlyAdministratorsManageTariffs() throws Exception {
		this.mvc.perform(get("/admin/tariffs").session(signIn("counter1"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/tariffs")).andExpect(redirectedUrl("/login"));
	}

	private MockHttpServletRequestBuilder draft(long tariffId, String effectiveFrom) {
		return draft(tariffId, effectiveFrom, "6.50");
	}

	private MockHttpServletRequestBuilder draft(long tariffId, String effectiveFrom, String flatPrice) {
		return post("/admin/tariffs/" + tariffId + "/versions").with(csrf())
			.param("effectiveFrom", effectiveFrom)
			.param("documentNumber", "测试价格文件 " + effectiveFrom)
			.param("documentDate", LocalDate.now(this.clock).toString())
			.param("unit", "CUBIC_METRE")
			.param("energyKind", "FLAT")
			.param("flatPrice", flatPrice)
			.param("tierBasis", "ANNUAL")
			.param("taxMode", "INCLUDED")
			.param("taxPercent", "9");
	}

	private long tariffId(String utility, String category) {
		return this.jdbc.sql("select id from tariff where utility = ? and category = ?")
			.params(utility, category)
			.query(Long.class)
			.single();
	}

	private long drafts() {
		return this.jdbc.sql("select count(*) from tariff_version where status = 'DRAFT'").query(Long.class).single();
	}

}
