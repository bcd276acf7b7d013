package org.utilityportal.notification;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.casework.CaseAssigned;
import org.utilityportal.casework.CaseChased;
import org.utilityportal.casework.CaseResolved;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every notice about a case is written once however often its event is delivered (as
 * after a restart between writing the notices and marking the event done): the same event
 * twice gives one notice per person, another change of the same kind (a later version of
 * the case) another one.
 */
class NoticeKeysIT extends IntegrationTest {

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void theSameEventDeliveredTwiceWritesOneNoticeAndALaterChangeAnother() throws Exception {
		long clerk = TestPrincipal.of(this.jdbc, "counter2").userId();
		long customer = TestPrincipal.of(this.jdbc, "customer2").userId();
		String number = "C8" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
		CaseAssigned assigned = new CaseAssigned(number, 4, "测试交办", Set.of(clerk));
		CaseChased chased = new CaseChased(number, 4, "测试催办", "陈建国", Set.of(clerk));
		CaseResolved resolved = new CaseResolved(number, 5, "测试答复", customer);

		for (int delivery = 0; delivery < 2; delivery++) {
			this.transactions.executeWithoutResult((status) -> {
				this.events.publishEvent(assigned);
				this.events.publishEvent(chased);
				this.events.publishEvent(resolved);
			});
		}
		this.transactions.executeWithoutResult(
				(status) -> this.events.publishEvent(new CaseAssigned(number, 7, "测试交办", Set.of(clerk))));

		assertThat(awaitNotices(number, 4)).isEqualTo(4);
		Thread.sleep(500);
		assertThat(this.jdbc.sql("""
				select string_agg(message_key, ',' order by message_key) from notification where link = ?
				""").param("/cases/" + number).query(String.class).single())
			.isEqualTo("case.notice.assigned,case.notice.assigned,case.notice.chased,case.notice.resolved");
	}

	private long awaitNotices(String number, long expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		long found;
		do {
			Thread.sleep(100);
			found = this.jdbc.sql("select count(*) from notification where link = ?")
				.param("/cases/" + number)
				.query(Long.class)
				.single();
		}
		while (found < expected && System.nanoTime() < deadline);
		return found;
	}

}
