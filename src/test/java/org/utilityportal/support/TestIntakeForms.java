package org.utilityportal.support;

import java.time.Clock;
import java.time.LocalDateTime;

import org.utilityportal.casework.Channel;
import org.utilityportal.casework.IntakeForm;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Subject;
import org.utilityportal.shared.domain.Utility;

/**
 * Intake forms for tests: a complaint by phone from an anonymous caller an hour ago,
 * complete, for a test to change what it is about.
 */
public final class TestIntakeForms {

	private TestIntakeForms() {
	}

	/** A complaint about a utility's equipment with a summary, over a channel. */
	public static IntakeForm complaint(Clock clock, Channel channel, Utility utility, String summary) {
		IntakeForm form = new IntakeForm();
		form.setChannel(channel);
		form.setNature(Nature.COMPLAINT);
		form.setSubject(Subject.EQUIPMENT);
		form.setUtility(utility);
		form.setContactName("测试来电人");
		form.setContactPhone("13800001234");
		form.setOccurredAt(LocalDateTime.now(clock).minusHours(1));
		form.setPlace("北京市东城区");
		form.setSummary(summary);
		form.setDetails(summary + "，请尽快处理。");
		return form;
	}

}
