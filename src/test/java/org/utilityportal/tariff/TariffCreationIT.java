package org.utilityportal.tariff;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Creating and retiring tariffs: a second tariff for the same utility and category, or
 * one priced in the wrong unit, is refused next to the field; a retired tariff takes no
 * version from its retirement day and leaves the public price page.
 */
class TariffCreationIT extends IntegrationTest {

	@Test
	void aTariffIsCreatedOnceWithItsUtilitysUnitAndRetiredFromADay() throws Exception {
		MockHttpSession admin = signIn("admin1");
		this.mvc
			.perform(post("/admin/tariffs").param("utility", "WATER")
				.param("category", "RESIDENTIAL")
				.param("nameZh", "重复")
				.param("nameEn", "Twice")
				.param("unit", "KWH")
				.session(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("tariffForm", "category", "tariff.validation.exists"))
			.andExpect(model().attributeHasFieldErrorCode("tariffForm", "unit", "tariff.validation.unit"));

		this.mvc
			.perform(post("/admin/tariffs").param("utility", "WATER")
				.param("category", "AGRICULTURAL")
				.param("nameZh", "农业用水")
				.param("nameEn", "Agricultural water")
				.param("unit", "CUBIC_METRE")
				.session(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.sql("select id from tariff where utility = 'WATER' and category = 'AGRICULTURAL'")
			.query(Long.class)
			.single();
		LocalDate today = LocalDate.now(this.clock);
		var past = this.mvc
			.perform(post("/admin/tariffs/" + id + "/retire").param("version", "0")
				.param("retireFrom", today.minusDays(1).toString())
				.session(admin)
				.with(csrf()))
			.andReturn();
		assertThat(past.getFlashMap().get("problem")).isEqualTo("tariff.retire.past");
		this.mvc
			.perform(post("/admin/tariffs/" + id + "/retire").param("version", "0")
				.param("retireFrom", today.plusMonths(2).withDayOfMonth(1).toString())
				.session(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/tariffs/" + id + "/versions")
				.param("effectiveFrom", today.plusMonths(3).withDayOfMonth(1).toString())
				.param("documentNumber", "退役后")
				.param("documentDate", today.toString())
				.param("unit", "CUBIC_METRE")
				.param("energyKind", "FLAT")
				.param("flatPrice", "3.00")
				.param("taxMode", "INCLUDED")
				.param("taxPercent", "9")
				.session(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("versionForm", "effectiveFrom", "tariff.validation.retired"));
		assertThat(this.mvc.perform(get("/admin/tariffs/" + id).session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("起停用");
	}

}
