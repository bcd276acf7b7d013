package org.utilityportal.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.BeanPropertyBindingResult;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Inspections on the database: the mystery-call card's sixteen items in five groups, a
 * result as a per cent of the card's points, nobody inspecting themselves, the person
 * inspected contesting once (a second contest is refused, also on the page), another
 * supervisor settling it, and someone else's result answering 404.
 */
class InspectionsIT extends IntegrationTest {

	@Autowired
	private Inspections inspections;

	@Autowired
	private Scorecards scorecards;

	@Test
	void theMysteryCallCardHasSixteenItemsInFiveGroupsWorthAHundredPoints() {
		ScorecardView card = this.scorecards.inUse(InspectionKind.CALL);

		assertThat(card.items()).hasSize(16);
		assertThat(card.groups()).containsExactly("KNOWLEDGE", "CONVERSATION", "ATTITUDE", "LANGUAGE", "PRIVACY");
		assertThat(card.maxPoints()).isEqualTo(100);
	}

	@Test
	void theResultIsAPerCentOfTheCardsPointsAndIsContestedOnceThenSettledByAnotherSupervisor() throws Exception {
		TestPrincipal supervisor = person("supervisor1");
		TestPrincipal clerk = person("counter2");
		long id = open(clerk, supervisor);
		ScoreForm scores = allFull(id);
		scores.getScores().put("A3", new BigDecimal("0"));
		scores.getScores().put("M2", new BigDecimal("2.5"));
		scores.setFindings("未等客户先挂机；结束语不完整。");

		this.inspections.score(id, scores, supervisor);

		InspectionView scored = this.inspections.view(id, clerk);
		assertThat(scored.percent()).isEqualByComparingTo("91.5");
		assertThat(scored.contestable()).isTrue();

		ContestForm contest = new ContestForm();
		contest.setReason("客户当时已说再见，我才挂机。");
		contest.setVersion(scored.version());
		this.inspections.contest(id, contest, clerk);

		ContestForm again = new ContestForm();
		again.setReason("再申诉一次");
		again.setVersion(this.inspections.view(id, clerk).version());
		assertThatThrownBy(() -> this.inspections.contest(id, again, clerk)).isInstanceOf(StaleEditException.class);
		var session = signIn("counter2");
		this.mvc
			.perform(post("/counter/inspections/" + id + "/contest").session(session)
				.with(csrf())
				.param("reason", "第三次申诉")
				.param("version", String.valueOf(again.getVersion())))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
				.attributeHasErrors("contestForm"));

		ScoreForm review = allFull(id);
		review.getScores().put("M2", new BigDecimal("2.5"));
		review.setRevise(true);
		review.setNote("录音显示客户先挂机，后挂机一项给满分。");
		review.setVersion(this.inspections.view(id, supervisor).version());
		assertThatThrownBy(() -> this.inspections.review(id, review, supervisor))
			.as("the inspector does not settle a contest of their own inspection")
			.isInstanceOf(StaleEditException.class);
		this.inspections.review(id, review, person("leader1"));

		InspectionView settled = this.inspections.view(id, clerk);
		assertThat(settled.status()).isEqualTo(InspectionStatus.REVISED);
		assertThat(settled.percent()).isEqualByComparingTo("97.5");
		assertThat(this.jdbc.sql("select contest_reason from quality_inspection where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("客户当时已说再见，我才挂机。");
		this.mvc.perform(get("/counter/inspections/" + id).session(signIn("counter1")))
			.andExpect(status().isNotFound());
	}

	@Test
	void nobodyInspectsThemselvesAndOnlyFrontLineStaffAreInspected() {
		InspectionForm own = form(person("supervisor1").userId());
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(own, "inspectionForm");

		assertThat(this.inspections.open(own, person("supervisor1"), errors)).isEmpty();
		assertThat(errors.getFieldError("personId").getCode()).isEqualTo("quality.validation.ownWork");

		InspectionForm supervisorInspected = form(person("supervisor2").userId());
		errors = new BeanPropertyBindingResult(supervisorInspected, "inspectionForm");
		assertThat(this.inspections.open(supervisorInspected, person("supervisor1"), errors)).isEmpty();
		assertThat(errors.getFieldError("personId").getCode()).isEqualTo("quality.validation.notFrontLine");
	}

	private long open(TestPrincipal clerk, TestPrincipal supervisor) {
		InspectionForm form = form(clerk.userId());
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "inspectionForm");
		long id = this.inspections.open(form, supervisor, errors).orElseThrow();
		assertThat(errors.hasErrors()).isFalse();
		return id;
	}

	private ScoreForm allFull(long id) {
		ScoreForm form = new ScoreForm();
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		this.scorecards.inUse(InspectionKind.CALL)
			.items()
			.forEach((item) -> scores.put(item.code(), BigDecimal.valueOf(item.points())));
		form.setScores(scores);
		form.setVersion(this.jdbc.sql("select version from quality_inspection where id = ?")
			.param(id)
			.query(Long.class)
			.single());
		return form;
	}

	private InspectionForm form(long personId) {
		InspectionForm form = new InspectionForm();
		form.setKind(InspectionKind.CALL);
		form.setSampling(Sampling.CHOSEN);
		form.setPersonId(personId);
		form.setSubject(LocalDate.now(this.clock) + " 来电咨询阶梯电价");
		form.setOccurredAt(LocalDateTime.now(this.clock).minusHours(2));
		return form;
	}

	private TestPrincipal person(String username) {
		return TestPrincipal.of(this.jdbc, username);
	}

}
