package org.utilityportal.casework;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators keep the SLA policies under four eyes (issue 13): a new policy or new
 * limits are a draft; its writer and anyone who edited it cannot put it in force (the
 * page says so, the table refuses it); another administrator does. A second policy for
 * the same combination is refused on the form, and a change from a form opened before
 * someone else's change is refused.
 */
class SlaPoliciesIT extends IntegrationTest {

	@Autowired
	SlaPolicies policies;

	@Test
	void aDraftIsPutInForceOnlyBySomeoneWhoNeitherWroteNorEditedIt() throws Exception {
		MockHttpSession admin1 = signIn("admin1");
		long before = count();
		MvcResult duplicate = this.mvc.perform(limits(post("/admin/sla-policies").session(admin1), 1440))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(globalErrors(duplicate)).containsExactly("sla.validation.duplicate");

		this.mvc
			.perform(limits(post("/admin/sla-policies").session(admin1), 600).param("subject", "POLICY")
				.param("gradeBand", "B"))
			.andExpect(redirectedUrl("/admin/sla-policies"));
		assertThat(count()).as("nothing in force before the review").isEqualTo(before);
		long draftId = this.jdbc.sql("""
				select id from sla_policy_draft
				where nature = 'ENQUIRY' and subject = 'POLICY' and grade_band = 'B' and status = 'DRAFT'""")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/sla-policies/drafts/" + draftId + "/publish").session(admin1)
				.with(csrf())
				.param("version", "0"))
			.andExpect(flash().attribute("problem", "sla.publish.ownDraft"));

		MockHttpSession admin2 = signIn("admin2");
		this.mvc
			.perform(limits(post("/admin/sla-policies/drafts/" + draftId).session(admin2), 480).param("version", "0"))
			.andExpect(redirectedUrl("/admin/sla-policies/drafts/" + draftId));
		this.mvc
			.perform(post("/admin/sla-policies/drafts/" + draftId + "/publish").session(admin2)
				.with(csrf())
				.param("version", "1"))
			.andExpect(flash().attribute("problem", "sla.publish.editedDraft"));
		assertThatExceptionOfType(DataAccessException.class).as("the table refuses an editor as well")
			.isThrownBy(() -> this.jdbc.sql("""
					update sla_policy_draft set status = 'PUBLISHED', published_by = 'admin2', published_at = now()
					where id = ?""").param(draftId).update());
		assertThat(count()).isEqualTo(before);

		assertThat(this.policies.publish(draftId, 1, "admin3")).as("a third administrator").isNull();
		long id = this.jdbc
			.sql("select id from sla_policy where nature = 'ENQUIRY' and subject = 'POLICY' and grade_band = 'B'")
			.query(Long.class)
			.single();
		assertThat(firstReplyMinutes(id)).isEqualTo(480);
		assertThat(this.jdbc
			.sql("select changed_by || ':' || (policy ->> 'first_reply_minutes') from sla_policy_change "
					+ "where policy_id = ? order by id")
			.param(id)
			.query(String.class)
			.list()).as("the change is on record").containsExactly("admin3:480");
		this.jdbc.sql("delete from sla_policy where id = ?").param(id).update();
	}

	@Test
	void aChangeFromAnOutOfDateFormIsRefusedAndOneDraftWaitsAtATime() throws Exception {
		long id = this.jdbc.sql("select id from sla_policy where nature = 'PRAISE' and subject is null")
			.query(Long.class)
			.single();
		long version = this.policies.byId(id).version();
		MockHttpSession admin1 = signIn("admin1");
		MvcResult stale = this.mvc.perform(limits(post("/admin/sla-policies/" + id).session(admin1), 300)
			.param("version", String.valueOf(version + 1))).andExpect(status().isOk()).andReturn();
		assertThat(globalErrors(stale)).containsExactly("validation.stale");

		this.mvc.perform(limits(post("/admin/sla-policies/" + id).session(admin1), 300).param("version",
				String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/sla-policies"));
		MvcResult second = this.mvc.perform(limits(post("/admin/sla-policies/" + id).session(signIn("admin2")), 200)
			.param("version", String.valueOf(version))).andExpect(status().isOk()).andReturn();
		assertThat(globalErrors(second)).containsExactly("sla.validation.draftWaiting");
		long draftId = this.jdbc.sql("select id from sla_policy_draft where policy_id = ? and status = 'DRAFT'")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/sla-policies/drafts/" + draftId + "/discard").session(admin1)
				.with(csrf())
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/sla-policies"));
		assertThat(this.policies.drafts()).extracting(SlaPolicyDraftView::id).doesNotContain(draftId);
		assertThat(this.policies.byId(id).firstReplyMinutes()).isNotEqualTo(300);
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
