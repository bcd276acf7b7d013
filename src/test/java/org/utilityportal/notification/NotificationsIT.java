package org.utilityportal.notification;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices reach each person once (also when a dedup key repeats, within one batch or
 * later), with their arguments intact, and an e-mail in the outbox for those with an
 * address on record; however many people and notices, a batch costs three statements.
 */
class NotificationsIT extends IntegrationTest {

	@Autowired
	private Notifications notifications;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void aBatchNotifiesEachPersonOnceWithTheirMailsInThreeStatements() {
		long counter1 = id("counter1");
		long counter2 = id("counter2");
		long customer1 = id("customer1");
		String key = "test:" + System.nanoTime();

		int written = this.transactions.execute((status) -> {
			Notifications.Batch batch = this.notifications.batch();
			batch.add(List.of(counter1, counter2, customer1, counter1), "case.notice.escalated",
					List.of("C0000000001", "3", "停电"), "/cases/C0000000001", key);
			batch.add(List.of(counter1), "case.notice.escalated", List.of("C0000000001", "3", "停电"),
					"/cases/C0000000001", key);
			batch.add(List.of(customer1), "case.notice.chased", List.of("C0000000002", "陈建国", ""), null, null);
			StatementCounter.reset();
			int count = batch.write();
			assertThat(StatementCounter.count()).isEqualTo(3);
			return count;
		});

		assertThat(written).as("counter1 once, counter2, customer1 twice (two different notices)").isEqualTo(4);
		assertThat(this.jdbc.sql("select count(*) from notification where dedup_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(this.notifications.inbox(counter1, 50)
			.stream()
			.filter((item) -> item.link() != null && item.link().equals("/cases/C0000000001"))
			.map(InboxItem::args)
			.toList()).contains(List.of("C0000000001", "3", "停电"));
		assertThat(this.notifications.inbox(customer1, 50)
			.stream()
			.filter((item) -> "case.notice.chased".equals(item.messageKey()))
			.map(InboxItem::args)
			.findFirst()).contains(List.of("C0000000002", "陈建国", ""));
		Map<String, Object> mail = this.jdbc.sql("""
				select m.recipient, m.subject, m.body from mail_outbox m join notification n on n.id = m.notification_id
				where n.dedup_key = ? and n.recipient_id = ?
				""").params(key, counter2).query().singleRow();
		assertThat(mail).containsEntry("recipient", "counter2@example.invalid");
		assertThat((String) mail.get("body")).contains("C0000000001").contains("停电").contains("/cases/C0000000001");
		assertThat(this.jdbc.sql("""
				select count(*) from mail_outbox m join notification n on n.id = m.notification_id
				where n.dedup_key = ? and n.recipient_id = ?
				""").params(key, customer1).query(Long.class).single()).as("no address on record").isZero();

		assertThat(this.notifications.send(List.of(counter1, counter2), "case.notice.escalated",
				List.of("C0000000001", "3", "停电"), "/cases/C0000000001", key))
			.as("a repeated key sends nothing")
			.isZero();
	}

	private long id(String username) {
		return this.jdbc.sql("select id from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

}
