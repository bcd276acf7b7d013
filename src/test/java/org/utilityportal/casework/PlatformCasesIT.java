package org.utilityportal.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestIntakeForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cases forwarded by the 12345 hotline (and other platforms): the platform's ticket
 * number is unique per platform (a second case with it is refused, on the form, in the
 * API and when two registrations race, and the refusal names the first case); the
 * platform's deadline wins when it is earlier than the case's own; replies back to the
 * platform are exported in its columns.
 */
class PlatformCasesIT extends IntegrationTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private CaseWork work;

	@Autowired
	private EscalationScan scan;

	@Test
	void aSecondCaseWithTheSamePlatformNumberIsRefusedAndPointsToTheFirst() throws Exception {
		String ticket = ticket();
		String first = this.intake.registerByStaff(form(Platform.GOV_12345, ticket, null), this.customers.counter());

		IntakeForm again = form(Platform.GOV_12345, ticket, null);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(again, "intakeForm");
		this.intake.validate(again, errors);
		FieldError refused = errors.getFieldError("platformTicket");
		assertThat(refused).isNotNull();
		assertThat(refused.getArguments()).containsExactly(first);
		assertThatThrownBy(() -> this.intake.registerByStaff(again, this.customers.counter()))
			.as("registered without the check (a race): the unique key refuses it")
			.isInstanceOf(PlatformTicketTakenException.class);

		var session = signIn("counter1");
		this.mvc
			.perform(post("/counter/cases").session(session)
				.with(csrf())
				.param("channel", "GOV_12345")
				.param("nature", "COMPLAINT")
				.param("subject", "EQUIPMENT")
				.param("utility", "WATER")
				.param("contactName", "王女士")
				.param("contactPhone", "13800007777")
				.param("occurredAt", LocalDateTime.now(this.clock).minusHours(1).withNano(0).toString())
				.param("place", "西城区")
				.param("summary", "同一平台工单再次转来")
				.param("details", "平台重复派单")
				.param("platform", "GOV_12345")
				.param("platformTicket", ticket))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("intakeForm", "platformTicket",
					"case.validation.platformTicketTaken"))
			.andExpect(model().attribute("takenBy", first));
		this.mvc.perform(
				post("/api/v1/cases").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
						{"channel": "GOV_12345", "nature": "COMPLAINT", "subject": "EQUIPMENT", "utility": "WATER",
						 "contactPhone": "13800007777", "occurredAt": "%s", "place": "西城区", "summary": "再次转来",
						 "details": "平台重复派单", "platform": "GOV_12345", "platformTicket": "%s"}
						""".formatted(OffsetDateTime.now(this.clock).minusHours(1).withNano(0), ticket)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.platformTicket").value(org.hamcrest.Matchers.containsString(first)))
			.andExpect(jsonPath("$.existingCase").value(first));

		String otherPlatform = this.intake.registerByStaff(form(Platform.ENERGY_12398, ticket, null),
				this.customers.counter());
		assertThat(otherPlatform).as("the same number on another platform is another ticket").isNotEqualTo(first);
		assertThat(this.jdbc.sql("select count(*) from service_case where platform_ticket = ?")
			.param(ticket)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void thePlatformsEarlierDeadlineWinsAndBreaksTheResolutionClock() {
		Instant soon = this.clock.instant().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
		String early = this.intake.registerByStaff(form(Platform.GOV_12345, ticket(), soon), this.customers.counter());
		Instant far = this.clock.instant().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.MINUTES);
		String late = this.intake.registerByStaff(form(Platform.GOV_12345, ticket(), far), this.customers.counter());

		assertThat(resolutionDue(early)).as("the platform's deadline is earlier").isEqualTo(soon);
		Instant own = resolutionDue(late);
		assertThat(own).as("the case's own deadline is earlier").isBefore(far);
		assertThat(new StoredCase(this.jdbc, early).column("due_at", OffsetDateTime.class).toInstant())
			.isBeforeOrEqualTo(soon);

		this.clock.advance(Duration.between(this.clock.instant(), soon.plusSeconds(60)));
		this.scan.run();

		assertThat(new StoredCase(this.jdbc, early).column("resolution_late", Boolean.class)).isTrue();
		assertThat(new StoredCase(this.jdbc, late).column("resolution_late", Boolean.class)).isFalse();
		assertThat(resolutionDue(late)).isEqualTo(own);
	}

	@Test
	void aReplyBackToThePlatformIsExportedInItsColumns() throws Exception {
		String ticket = ticket();
		String number = this.intake.registerByStaff(form(Platform.GOV_12345, ticket, null), this.customers.counter());
		ActionForm reply = new ActionForm();
		reply.setAction(CaseAction.PLATFORM_REPLY);
		reply.setText("已安排维修人员上门，更换了损坏的水表。");
		reply.setVersion(new StoredCase(this.jdbc, number).version());
		this.work.act(number, reply, this.customers.counter());

		LocalDate today = LocalDate.now(this.clock);
		String csv = this.mvc
			.perform(get("/supervisor/platform-replies.csv").session(signIn("supervisor1"))
				.param("platform", "GOV_12345")
				.param("from", today.toString())
				.param("to", today.toString()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String row = csv.lines().filter((line) -> line.startsWith(ticket)).findFirst().orElseThrow();
		assertThat(row).contains("已安排维修人员上门，更换了损坏的水表。").contains("王芳").contains("10231").endsWith(number);
	}

	private Instant resolutionDue(String number) {
		return new StoredCase(this.jdbc, number).column("resolution_due_at", OffsetDateTime.class).toInstant();
	}

	private static String ticket() {
		return "12345-" + UUID.randomUUID().toString().substring(0, 12);
	}

	private IntakeForm form(Platform platform, String ticket, Instant due) {
		IntakeForm form = TestIntakeForms.complaint(this.clock, Channel.GOV_12345, Utility.WATER, "水表损坏漏水");
		form.setPlatform(platform);
		form.setPlatformTicket(ticket);
		form.setPlatformDueAt((due != null) ? LocalDateTime.ofInstant(due, this.clock.getZone()) : null);
		return form;
	}

}
