package org.utilityportal.casework.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.Channel;
import org.utilityportal.casework.EscalationReason;
import org.utilityportal.casework.EventKind;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.SlaPolicyView;
import org.utilityportal.casework.Subject;
import org.utilityportal.casework.VisitMethod;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.domain.Utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The transitions of a case, without Spring or a database: each checks the status, writes
 * the history and moves the clocks. The policy counts day and night (an hour to the first
 * reply, a day to the resolution, tiers of 4, 8 and 12 hours, warnings at 80%), so
 * deadlines are plain arithmetic.
 */
class ServiceCaseTest {

	private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

	private static final SlaPolicyView POLICY = new SlaPolicyView(7, Nature.COMPLAINT, null, null, true, true, 60, 1440,
			1440, 240, 480, 720, 80, 0);

	private static final Actor CLERK = new Actor(11L, "counter1", "陈建国", "10231");

	private static final Actor SUPERVISOR = new Actor(21L, "supervisor1", "周敏", "20011");

	private static final Actor CUSTOMER = new Actor(null, "customer1", "张晓明", null);

	@Test
	void registrationRecordsTheOwnerAndStartsTheClocksWithAWarningAtEightyPercent() {
		ServiceCase c = register(CLERK, null, false);

		assertThat(kinds(c)).containsExactly(EventKind.REGISTERED, EventKind.OWNER_TAKEN);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.REGISTERED);
		assertThat(c.getOwnerWorkNumber()).isEqualTo("10231");
		assertThat(c.getFirstReplyDueAt()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
		assertThat(c.getResolutionDueAt()).isEqualTo(T0.plus(Duration.ofMinutes(1440)));
		assertThat(c.getDueAt()).isEqualTo(c.getFirstReplyDueAt());
		assertThat(c.getNextCheckAt()).isEqualTo(T0.plus(Duration.ofMinutes(48)));
	}

	@Test
	void sensitiveCasesAndTenThousandYuanGoToTierTwoAtOnceButNotALittleLess() {
		ServiceCase sensitive = register(CLERK, null, true);
		ServiceCase large = register(CLERK, new BigDecimal("10000.00"), false);
		ServiceCase small = register(CLERK, new BigDecimal("9999.99"), false);

		assertThat(sensitive.getTier()).isEqualTo(2);
		assertThat(large.getTier()).isEqualTo(2);
		assertThat(large.getEscalations()).extracting(CaseEscalation::getReason)
			.containsExactly(EscalationReason.SAME_DAY);
		assertThat(small.getTier()).isEqualTo(1);
		assertThat(small.getEscalations()).isEmpty();
	}

	@Test
	void aCaseRaisedOnlineIsOwnedByWhoeverRepliesFirstAndThenRefusesToBeTakenAgain() {
		ServiceCase c = register(null, null, false);
		assertThat(c.getOwnerId()).isNull();

		c.firstReply("已收到", CLERK, at(30));

		assertThat(c.getOwnerId()).isEqualTo(11L);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(c.isFirstReplyLate()).isFalse();
		assertThatThrownBy(() -> c.takeOwnership(SUPERVISOR, at(31))).isInstanceOf(StaleEditException.class);
		assertThatThrownBy(() -> c.firstReply("再次答复", CLERK, at(32))).isInstanceOf(StaleEditException.class);
	}

	@Test
	void waitingForTheCustomerStopsTheClocksAndTheirAnswerStartsThemAgainLater() {
		ServiceCase c = register(CLERK, null, false);
		c.waitForCustomer("请提供照片", CLERK, at(10));
		assertThat(c.getStatus()).isEqualTo(CaseStatus.WAITING_CUSTOMER);
		assertThat(c.getDueAt()).as("nothing runs while paused").isNull();
		assertThat(c.getFirstRepliedAt()).as("asking is a reply").isEqualTo(T0.plus(Duration.ofMinutes(10)));

		c.addInformation("照片已上传", CUSTOMER, true, at(130));

		assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(c.getResolutionDueAt()).as("the day to resolve, plus the two hours paused")
			.isEqualTo(T0.plus(Duration.ofMinutes(1440 + 120)));
		assertThat(c.getPauses()).singleElement().satisfies((pause) -> assertThat(pause.isOpen()).isFalse());
		assertThat(kinds(c)).endsWith(EventKind.WAITING, EventKind.CUSTOMER_INFO, EventKind.RESUMED);
	}

	@Test
	void aResolutionNeedsAFinalReplyAndAClosedCaseCannotBeResolvedAgain() {
		ServiceCase c = register(CLERK, null, false);
		assertThatThrownBy(() -> c.resolve("  ", CLERK, at(20))).isInstanceOf(IllegalArgumentException.class);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.REGISTERED);

		c.resolve("已更换电表。", CLERK, at(20));
		assertThat(c.getStatus()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(c.getFinalReply()).isEqualTo("已更换电表。");
		assertThat(c.getDueAt()).as("the return visit clock").isEqualTo(T0.plus(Duration.ofMinutes(20 + 1440)));
		boolean reopened = c.recordVisit(VisitMethod.PHONE, new ReturnVisit.Ratings(5, 5, 5, 5), null, CLERK, at(60));
		int entries = c.getHistory().size();

		assertThat(reopened).isFalse();
		assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.getNextCheckAt()).isNull();
		assertThatThrownBy(() -> c.resolve("又一次答复", SUPERVISOR, at(70))).isInstanceOf(StaleEditException.class);
		assertThatThrownBy(() -> c.addInformation("还有问题", CUSTOMER, true, at(70)))
			.isInstanceOf(StaleEditException.class);
		assertThat(c.getHistory()).hasSize(entries);
		assertThat(c.getFinalReply()).isEqualTo("已更换电表。");
	}

	@Test
	void aDissatisfiedRatingReopensTheCaseInOneStepAtTierTwoWithANewResolutionClock() {
		ServiceCase c = register(CLERK, null, false);
		c.resolve("已处理", CLERK, at(20));

		boolean reopened = c.recordVisit(VisitMethod.ONLINE, new ReturnVisit.Ratings(2, 1, 1, 1), "没有解决", CUSTOMER,
				at(100));

		assertThat(reopened).isTrue();
		assertThat(c.getRound()).isEqualTo(1);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(c.getResolvedAt()).isNull();
		assertThat(c.getFinalReply()).isNull();
		assertThat(c.getTier()).isEqualTo(2);
		assertThat(c.getResolutionDueAt()).isEqualTo(T0.plus(Duration.ofMinutes(100 + 1440)));
		assertThat(c.getVisits()).singleElement().satisfies((visit) -> assertThat(visit.getRound()).isZero());
		assertThat(c.getEscalations()).singleElement().satisfies((e) -> {
			assertThat(e.getRound()).isEqualTo(1);
			assertThat(e.getReason()).isEqualTo(EscalationReason.REOPENED);
		});
		assertThat(kinds(c)).endsWith(EventKind.VISITED, EventKind.REOPENED, EventKind.ESCALATED);
	}

	@Test
	void theScansLookMarksAMissedFirstReplyLateAndEscalatesOnceHandingTheRowsBack() {
		ServiceCase c = register(CLERK, null, false);
		int entries = c.getHistory().size();

		DeadlineCheck warning = c.checkDeadlines(at(50));
		assertThat(warning.warnedDue()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
		assertThat(c.getNextCheckAt()).as("next: the deadline itself").isEqualTo(T0.plus(Duration.ofMinutes(60)));

		DeadlineCheck breach = c.checkDeadlines(at(61));

		assertThat(breach.breaches()).isEqualTo(1);
		assertThat(c.isFirstReplyLate()).isTrue();
		assertThat(c.getTier()).isEqualTo(2);
		assertThat(breach.escalations()).singleElement().satisfies((e) -> {
			assertThat(e.getTier()).isEqualTo(2);
			assertThat(e.getEscalatedAt()).as("escalated at the deadline").isEqualTo(T0.plus(Duration.ofMinutes(60)));
		});
		assertThat(breach.entries()).extracting(HistoryEntry::getKind)
			.containsExactly(EventKind.BREACH, EventKind.ESCALATED);
		assertThat(c.getHistory()).as("the scan writes its rows itself").hasSize(entries);
		assertThat(c.getEscalations()).isEmpty();
		assertThat(c.checkDeadlines(at(62)).breaches()).as("nothing twice").isZero();
	}

	@Test
	void theTopTierRemindsWithoutEscalatingFurtherAndNoOneEscalatesPastIt() {
		ServiceCase c = register(CLERK, null, false);
		c.escalateByHand("升级", SUPERVISOR, at(1));
		c.escalateByHand("升级", SUPERVISOR, at(2));
		c.escalateByHand("升级", SUPERVISOR, at(3));
		assertThat(c.getTier()).isEqualTo(4);
		assertThatThrownBy(() -> c.escalateByHand("再升级", SUPERVISOR, at(4))).isInstanceOf(StaleEditException.class);

		DeadlineCheck check = c.checkDeadlines(at(3 + 720));

		assertThat(c.getTier()).isEqualTo(4);
		assertThat(check.escalations()).isEmpty();
		assertThat(check.missed()).extracting(DeadlineCheck.Missed::tier).contains(4);
	}

	@Test
	void regradingNeedsAChangeAndAnOpenCaseAndTakesTheNewPolicysLimits() {
		ServiceCase c = register(CLERK, null, false);
		assertThatThrownBy(() -> c.regrade(1, 1, POLICY, "没变", CLERK, at(5))).isInstanceOf(StaleEditException.class);
		SlaPolicyView stricter = new SlaPolicyView(8, Nature.COMPLAINT, null, "A", true, true, 30, 720, 1440, 120, 240,
				480, 80, 0);

		String change = c.regrade(3, 3, stricter, "整栋楼停电", CLERK, at(5));

		assertThat(change).isEqualTo("1×1=1 C → 3×3=9 A");
		assertThat(c.getLimits().policyId()).isEqualTo(8);
		assertThat(c.getFirstReplyDueAt()).as("measured from registration").isEqualTo(T0.plus(Duration.ofMinutes(30)));
		c.resolve("已处理", CLERK, at(10));
		assertThatThrownBy(() -> c.regrade(2, 2, POLICY, "太迟", CLERK, at(11))).isInstanceOf(StaleEditException.class);
	}

	@Test
	void aComplaintAboutStaffNamesThemAndAnAnonymousCaseLeavesAPhone() {
		assertThatThrownBy(() -> ServiceCase.register(registration(Subject.STAFF, null, 1L, null, null, false), POLICY,
				null, CLERK, at(0)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ServiceCase.register(registration(Subject.EQUIPMENT, null, null, null, null, false),
				POLICY, null, CLERK, at(0)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static ServiceCase register(Actor owner, BigDecimal amount, boolean sensitive) {
		return ServiceCase.register(registration(Subject.EQUIPMENT, owner, 1L, null, amount, sensitive), POLICY, null,
				(owner != null) ? owner : CUSTOMER, at(0));
	}

	private static Registration registration(Subject subject, Actor owner, Long customerId, String phone,
			BigDecimal amount, boolean sensitive) {
		return new Registration("C0000000001", Channel.HOTLINE, Nature.COMPLAINT, subject, Utility.ELECTRICITY,
				customerId, null, null, phone, T0.minusSeconds(3600), "东城区", "停电", "整栋楼停电", null, 1, 1, sensitive,
				amount, owner, 1L, null, 1L, null, null, null, null, null);
	}

	/** {@code minutes} after registration; the clocks count day and night. */
	private static CaseTime at(int minutes) {
		return new CaseTime(T0.plus(Duration.ofMinutes(minutes)), ZoneId.of("Asia/Shanghai"), (id) -> {
			throw new AssertionError("an all-hours case reads no calendar");
		});
	}

	private static List<EventKind> kinds(ServiceCase c) {
		return c.getHistory().stream().map(HistoryEntry::getKind).toList();
	}

}
