package org.utilityportal.tariff;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.utilityportal.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The structures of issue 12 through the price officers' form, the JSON API and the
 * public estimator API: steps with time-of-use prices and season bounds, two-part with
 * the power-factor adjustment.
 */
class TariffStructuresIT extends IntegrationTest {

	@Test
	void anOfficerDraftsStepsWithTimeOfUsePricesAndSeasonBoundsAndThePriceDocumentStatesTheRule() throws Exception {
		long tariffId = tariffId("ELECTRICITY", "AGRICULTURAL");
		LocalDate from = LocalDate.now(this.clock).plusYears(30).withDayOfMonth(1);
		MockHttpSession admin = signIn("admin1");
		this.mvc
			.perform(post("/admin/tariffs/" + tariffId + "/versions").session(admin)
				.with(csrf())
				.param("effectiveFrom", from.toString())
				.param("documentNumber", "测试：阶梯分时")
				.param("documentDate", LocalDate.now(this.clock).toString())
				.param("unit", "KWH")
				.param("energyKind", "TIERED")
				.param("tierBasis", "PERIOD")
				.param("tiers[0].upTo", "200")
				.param("tiers[0].seasonUpTo", "260")
				.param("tiers[0].price", "0.60")
				.param("tiers[0].peakPrice", "0.65")
				.param("tiers[0].valleyPrice", "0.35")
				.param("tiers[1].price", "0.90")
				.param("tiers[1].peakPrice", "0.97")
				.param("tiers[1].valleyPrice", "0.49")
				.param("seasonMonths", "5", "6", "7", "8", "9", "10")
				.param("bands[0].band", "PEAK")
				.param("bands[0].hours", "06:00-22:00")
				.param("bands[1].band", "FLAT")
				.param("bands[2].band", "VALLEY")
				.param("bands[2].hours", "22:00-06:00")
				.param("taxMode", "INCLUDED")
				.param("taxPercent", "13"))
			.andExpect(redirectedUrlPattern("/admin/tariffs/versions/*"));
		long versionId = this.jdbc.sql("select max(id) from tariff_version where tariff_id = ?")
			.param(tariffId)
			.query(Long.class)
			.single();

		this.mvc.perform(get("/admin/tariffs/versions/" + versionId).session(admin))
			.andExpect(content().string(containsString("季节月份用量范围")))
			.andExpect(content().string(containsString("<td>0 – 260</td>")))
			.andExpect(content().string(containsString("<td>260 以上</td>")))
			.andExpect(content().string(containsString("峰段：06:00-22:00")))
			.andExpect(content().string(containsString("再把每档电量按本期峰、平、谷电量的比例分摊")));
		this.mvc.perform(get("/admin/tariffs/versions/" + versionId).session(admin).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("each step is shared between peak, flat and valley")));
	}

	@Test
	void aStepWithAPeakPriceButNoValleyPriceIsRefused() throws Exception {
		long tariffId = tariffId("ELECTRICITY", "AGRICULTURAL");
		this.mvc
			.perform(post("/admin/tariffs/" + tariffId + "/versions").session(signIn("admin1"))
				.with(csrf())
				.param("effectiveFrom", LocalDate.now(this.clock).plusYears(31).toString())
				.param("documentNumber", "测试：缺谷段")
				.param("documentDate", LocalDate.now(this.clock).toString())
				.param("unit", "KWH")
				.param("energyKind", "TIERED")
				.param("tierBasis", "ANNUAL")
				.param("tiers[0].upTo", "2880")
				.param("tiers[0].price", "0.4883")
				.param("tiers[0].peakPrice", "0.5183")
				.param("tiers[1].price", "0.5383")
				.param("taxMode", "INCLUDED")
				.param("taxPercent", "13"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("versionForm"))
			.andExpect(content().string(containsString("分时阶梯价格需每一档都填写峰、谷价格")));
	}

	@Test
	void aTwoPartTariffDraftedAndPublishedOverTheApiEstimatesShenzhensCase() throws Exception {
		long tariffId = tariffId("ELECTRICITY", "INDUSTRIAL");
		LocalDate from = LocalDate.now(this.clock).plusYears(32).withDayOfMonth(1);
		String structure = """
				{"unit": "KWH", "energy": {"kind": "TIME_OF_USE", "bands": [
				  {"band": "PEAK", "price": 1.0046}, {"band": "FLAT", "price": 0.6246}, {"band": "VALLEY", "price": 0.2896}]},
				 "tax": {"mode": "INCLUDED", "rate": 0.13}, "basicCharge": {"perKva": 24}}
				""";
		String draft = this.mvc
			.perform(post("/api/v1/tariffs/" + tariffId + "/versions").with(httpBasic("admin1", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"effectiveFrom": "%s", "documentNumber": "测试：深圳两部制", "documentDate": "%s", "structure": %s}
						""".formatted(from, LocalDate.now(this.clock), structure)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.structure.basicCharge.perKva").value(24))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String versionId = draft.replaceAll("^\\{\"id\":(\\d+),.*$", "$1").strip();
		this.mvc
			.perform(
					post("/api/v1/tariffs/versions/" + versionId + "/publish").with(httpBasic("admin2", DEMO_PASSWORD)))
			.andExpect(status().isOk());

		// The case of PublishedCasesTest: 400 kVA, 30,000 / 40,000 / 20,000 kWh, 50,000
		// kvarh under the 0.90 standard: 61,914.00 energy + 9,600.00 basic + 1,057.71
		// adjustment (factor 0.87, +1.5%) = 71,571.71.
		this.mvc
			.perform(get("/api/v1/tariffs/" + tariffId + "/estimate").param("from", from.toString())
				.param("peak", "30000")
				.param("flat", "40000")
				.param("valley", "20000")
				.param("basicChargeBasis", "CAPACITY")
				.param("contractedKva", "400")
				.param("powerFactorStandard", "0.90")
				.param("reactive", "50000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.charges.total").value(71571.71))
			.andExpect(jsonPath("$.charges.lines", hasSize(5)))
			.andExpect(jsonPath("$.charges.lines[3].kind").value("BASIC"))
			.andExpect(jsonPath("$.charges.lines[4].powerFactor.measured").value(0.87));

		this.mvc
			.perform(get("/api/v1/tariffs/" + tariffId + "/estimate").param("from", from.toString())
				.param("peak", "30000")
				.param("flat", "40000")
				.param("valley", "20000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.basicChargeBasis").exists());
		this.mvc
			.perform(get("/api/v1/tariffs/" + tariffId + "/estimate").param("from", from.toString())
				.param("peak", "many")
				.param("flat", "0")
				.param("valley", "0")
				.param("basicChargeBasis", "DEMAND")
				.param("maxDemand", "300"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.peak").exists())
			.andExpect(jsonPath("$.errors.basicChargeBasis").value("此价格不提供这种基本电费计费方式。"));
	}

	@Test
	void theEstimateApiPricesStepsAcrossTheNewYear() throws Exception {
		long tariffId = tariffId("ELECTRICITY", "RESIDENTIAL");
		// Beijing's steps, December and January together: 2,800 kWh used before December,
		// 310 kWh, 155 each month by days (31 + 31). December: 80 left in step 1 × 0.4883
		// =
		// 39.06, 75 in step 2 × 0.5383 = 40.37; January from a fresh allowance: 155 ×
		// 0.4883 =
		// 75.69. Total 155.12.
		LocalDate december = LocalDate.now(this.clock).withMonth(12).withDayOfMonth(1);
		this.mvc
			.perform(get("/api/v1/tariffs/" + tariffId + "/estimate").param("from", december.toString())
				.param("months", "2")
				.param("consumption", "310")
				.param("yearToDate", "2800"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.charges.total").value(155.12))
			.andExpect(jsonPath("$.charges.yearToDate").value(155));
	}

	private long tariffId(String utility, String category) {
		return this.jdbc.sql("select id from tariff where utility = ? and category = ?")
			.params(utility, category)
			.query(Long.class)
			.single();
	}

}
