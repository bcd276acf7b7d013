package org.utilityportal.casework;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators keep the SLA policies: a second policy for the same combination is
 * refused on the form, a new one is saved with its limits, and a save from a form opened
 * before someone else's save is refused with theirs kept.
 */
class SlaPoliciesIT extends IntegrationTest {

	@Test
	void aDuplicateIsRefusedANewPolicyIsSavedAndAStaleSaveKeepsTheEarlierOne() throws Exception {
		MockHttpSession admin = signIn("admin1");
		long before = count();
		MvcResult duplicate = this.mvc.perform(limits(post("/admin/sla-policies").session(admin), 1440))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(globalErrors(duplicate)).containsExactly("sla.validation.duplicate");
		assertThat(count()).isEqualTo(before);

		this.mvc
			.perform(limits(post("/admin/sla-policies").session(admin), 600).param("subject", "POLICY")
				.param("gradeBand", "B"))
			.andExpect(redirectedUrl("/admin/sla-policies"));
		long id = this.jdbc
			.sql("select id from sla_policy where nature = 'ENQUIRY' and subject = 'POLICY' and grade_band = 'B'")
			.query(Long.class)
			.single();
		assertThat(firstReplyMinutes(id)).isEqualTo(600);

		this.mvc.perform(limits(post("/admin/sla-policies/" + id).session(admin), 480).param("version", "0"))
			.andExpect(redirectedUrl("/admin/sla-policies"));
		MvcResult stale = this.mvc
			.perform(limits(post("/admin/sla-policies/" + id).session(admin), 300).param("version", "0"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(globalErrors(stale)).containsExactly("validation.stale");
		assertThat(firstReplyMinutes(id)).isEqualTo(480);
		this.jdbc.sql("delete from sla_policy where id = ?").param(id).update();
	}

	private static MockHttpServletRequestBuilder limits(MockHttpServletRequestBuilder request, int firstReply) {
		return request.with(csrf())
			.param("nature", "ENQUIRY")
			.param("firstReplyMinutes", String.valueOf(firstReply))
			.param("resolutionMinutes", "1440")
			.param("returnVisitMinutes", "1440")
			.param("tier2Minutes", "480")
			.param("tier3Minutes", "960")
			.param("tier4Minutes", "1440")
			.param("warningPercent", "80");
	}

	private static List<String> globalErrors(MvcResult result) {
		BindingResult errors = (BindingResult) result.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + "policyForm");
		return errors.getGlobalErrors().stream().map(ObjectError::getCode).toList();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from sla_policy").query(Long.class).single();
	}

	private int firstReplyMinutes(long id) {
		return this.jdbc.sql("select first_reply_minutes from sla_policy where id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

}
