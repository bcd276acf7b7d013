package org.utilityportal.notification;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.CaseWork;
import org.utilityportal.casework.Channel;
import org.utilityportal.casework.IntakeForm;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Subject;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notices about a case come from casework's events, once each change is saved: the
 * team that receives online cases learns of a new one, the customer of their first reply
 * and of the final reply, the handlers of the customer's information.
 */
class CaseNoticesIT extends IntegrationTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private CaseWork work;

	/**
	 * Notices written before the test (another test may have made up one for the same
	 * link).
	 */
	private long before;

	@Test
	void eachPersonConcernedFindsTheNoticeOfWhatHappenedToTheCase() throws Exception {
		TestPrincipal customer = TestPrincipal.of(this.jdbc, "customer1");
		TestPrincipal clerk = TestPrincipal.of(this.jdbc, "counter1");
		this.before = this.jdbc.sql("select coalesce(max(id), 0) from notification").query(Long.class).single();
		String number = this.intake.registerOnline(form(), customer);
		assertThat(awaitNotices("counter1", number, "case.notice.registered")).contains("case.notice.registered");

		this.work.firstReply(number, version(number), "已收到，正在核实。", clerk);
		this.work.waitForCustomer(number, version(number), "请提供电表照片", clerk);
		this.work.addInformation(number, "照片已上传", customer);
		this.work.resolve(number, version(number), "已更换电表。", clerk);

		assertThat(
				awaitNotices("customer1", number, "case.notice.replied", "case.notice.waiting", "case.notice.resolved"))
			.containsExactlyInAnyOrder("case.notice.replied", "case.notice.waiting", "case.notice.resolved");
		assertThat(awaitNotices("counter1", number, "case.notice.customerInfo")).contains("case.notice.customerInfo");
	}

	/**
	 * The message keys of the notices a person has about a case, once those expected are
	 * there (they are written a moment after the change is saved), or after ten seconds.
	 */
	private List<String> awaitNotices(String username, String number, String... expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<String> keys = List.of();
		do {
			Thread.sleep(100);
			keys = this.jdbc.sql("""
					select n.message_key from notification n join user_account u on u.id = n.recipient_id
					where u.username = ? and n.link = ? and n.id > ? order by n.id
					""").params(username, "/cases/" + number, this.before).query(String.class).list();
		}
		while (!keys.containsAll(List.of(expected)) && System.nanoTime() < deadline);
		return keys;
	}

	private long version(String number) {
		return this.jdbc.sql("select version from service_case where number = ?")
			.param(number)
			.query(Long.class)
			.single();
	}

	private IntakeForm form() {
		IntakeForm form = new IntakeForm();
		form.setChannel(Channel.WEB);
		form.setNature(Nature.COMPLAINT);
		form.setSubject(Subject.BILLING);
		form.setUtility(Utility.ELECTRICITY);
		form.setOccurredAt(LocalDateTime.now(this.clock).minusHours(1));
		form.setPlace("家中");
		form.setSummary("电费异常");
		form.setDetails("本月电费是上月的两倍。");
		return form;
	}

}
