package org.utilityportal.shared.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.utilityportal.shared.security.Role;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

class VersionPublishingTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final TestPrincipal ADMIN2 = new TestPrincipal(2, "admin2", "admin2", Role.ADMIN, "90002", null,
			false);

	@Test
	void theAuthorCannotPublishTheirOwnDraft() {
		assertThat(VersionPublishing.refusal("p", "admin2", List.of(), ADMIN2, TODAY, TODAY, (day) -> false))
			.contains("p.ownDraft");
	}

	@Test
	void anOfficerWhoEditedAnyPartCannotPublishIt() {
		assertThat(VersionPublishing.refusal("p", "admin1", List.of("admin3", "admin2"), ADMIN2, TODAY, TODAY,
				(day) -> false))
			.contains("p.editedDraft");
		assertThat(VersionPublishing.refusal("p", "admin1", List.of("admin3"), ADMIN2, TODAY, TODAY, (day) -> false))
			.isEmpty();
	}

	@Test
	void aVersionStartsTodayOrLaterAndAloneOnItsDay() {
		assertThat(
				VersionPublishing.refusal("p", "admin1", List.of(), ADMIN2, TODAY.minusDays(1), TODAY, (day) -> false))
			.contains("p.past");
		assertThat(VersionPublishing.refusal("p", "admin1", List.of(), ADMIN2, TODAY, TODAY, TODAY::equals))
			.contains("p.sameDay");
		assertThat(VersionPublishing.refusal("p", "admin1", List.of(), ADMIN2, TODAY, TODAY, (day) -> false)).isEmpty();
		assertThat(VersionPublishing.refusal("p", "admin1", List.of(), ADMIN2, TODAY.plusDays(1), TODAY, TODAY::equals))
			.isEmpty();
	}

}
