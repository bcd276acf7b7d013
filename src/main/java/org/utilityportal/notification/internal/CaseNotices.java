package org.utilityportal.notification.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.utilityportal.casework.CaseAssigned;
import org.utilityportal.casework.CaseChased;
import org.utilityportal.casework.CaseDeadlineMissed;
import org.utilityportal.casework.CaseDeadlineNear;
import org.utilityportal.casework.CaseDeadlinesChecked;
import org.utilityportal.casework.CaseEscalated;
import org.utilityportal.casework.CaseFirstReplied;
import org.utilityportal.casework.CaseInformationAdded;
import org.utilityportal.casework.CaseRegistered;
import org.utilityportal.casework.CaseRegraded;
import org.utilityportal.casework.CaseResolved;
import org.utilityportal.casework.CaseWaitingForCustomer;
import org.utilityportal.casework.CasesAtRisk;
import org.utilityportal.notification.Notifications;

/**
 * Tells people what happened to cases, after the change is committed (each event once,
 * handed over again after a restart when unfinished). Every notice carries a key derived
 * from its event that makes it unique per recipient, so an event delivered again (the
 * portal stopped after writing the notices and before marking the event done) writes
 * nothing new: a case's registration, each escalation per round and tier, each missed
 * deadline, each warning, and every other change by the case's version after it. A batch
 * of the escalation scan is one event and is written in at most three statements, however
 * many people it tells.
 */
@Component
@RequiredArgsConstructor
class CaseNotices {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Notifications notifications;

	private final Clock clock;

	@ApplicationModuleListener
	void on(CaseRegistered event) {
		send(event.handlers(), "case.notice.registered", event.number(), List.of(event.number(), event.summary()),
				"registered:" + event.number());
	}

	@ApplicationModuleListener
	void on(CaseAssigned event) {
		send(event.handlers(), "case.notice.assigned", event.number(), List.of(event.number(), event.summary()),
				key("assigned", event.number(), event.version()));
	}

	@ApplicationModuleListener
	void on(CaseRegraded event) {
		send(event.handlers(), "case.notice.regraded", event.number(),
				List.of(event.number(), event.change(), event.summary()),
				key("regraded", event.number(), event.version()));
	}

	@ApplicationModuleListener
	void on(CaseChased event) {
		send(event.handlers(), "case.notice.chased", event.number(),
				List.of(event.number(), event.chasedBy(), event.summary()),
				key("chased", event.number(), event.version()));
	}

	@ApplicationModuleListener
	void on(CaseInformationAdded event) {
		send(event.handlers(), "case.notice.customerInfo", event.number(), List.of(event.number(), event.summary()),
				key("info", event.number(), event.version()));
	}

	@ApplicationModuleListener
	void on(CaseFirstReplied event) {
		send(customer(event.customerLogin()), "case.notice.replied", event.number(),
				List.of(event.number(), event.summary()), key("replied", event.number(), event.version()));
	}

	@ApplicationModuleListener
	void on(CaseWaitingForCustomer event) {
		send(customer(event.customerLogin()), "case.notice.waiting", event.number(),
				List.of(event.number(), event.summary()), key("waiting", event.number(), event.version()));
	}

	@ApplicationModuleListener
	void on(CaseResolved event) {
		send(customer(event.customerLogin()), "case.notice.resolved", event.number(),
				List.of(event.number(), event.summary()), key("resolved", event.number(), event.version()));
	}

	@ApplicationModuleListener
	void on(CaseEscalated event) {
		Notifications.Batch batch = this.notifications.batch();
		add(batch, event);
		batch.write();
	}

	@ApplicationModuleListener
	void on(CaseDeadlinesChecked event) {
		Notifications.Batch batch = this.notifications.batch();
		event.escalated().forEach((escalated) -> add(batch, escalated));
		event.missed().forEach((missed) -> add(batch, missed));
		event.near().forEach((near) -> add(batch, near));
		batch.write();
	}

	@ApplicationModuleListener
	void on(CasesAtRisk event) {
		Notifications.Batch batch = this.notifications.batch();
		for (CasesAtRisk.CaseAtRisk c : event.cases()) {
			String due = MINUTES.format(c.due().atZone(this.clock.getZone()));
			batch.add(
					c.leads(), "case.notice.atRisk", List.of(c.number(), due, String.valueOf(c.remainingMinutes()),
							String.valueOf(c.position() - 1), c.summary()),
					link(c.number()), "atrisk:" + c.number() + ":" + c.round());
		}
		batch.write();
	}

	private void add(Notifications.Batch batch, CaseEscalated event) {
		batch.add(event.concerned(), "case.notice.escalated",
				List.of(event.number(), String.valueOf(event.tier()), event.summary()), link(event.number()),
				"escalated:" + event.number() + ":" + event.round() + ":" + event.tier());
	}

	private void add(Notifications.Batch batch, CaseDeadlineMissed event) {
		batch.add(event.concerned(), "case.notice.breached",
				List.of(event.number(), event.clock().name(), event.summary()), link(event.number()),
				"breach:" + event.number() + ":" + event.round() + ":" + event.clock() + ":"
						+ event.due().toEpochMilli());
	}

	private void add(Notifications.Batch batch, CaseDeadlineNear event) {
		String due = MINUTES.format(event.due().atZone(this.clock.getZone()));
		batch.add(event.handlers(), "case.notice.warning", List.of(event.number(), due, event.summary()),
				link(event.number()), "warning:" + event.number() + ":" + event.due().toEpochMilli());
	}

	private void send(Collection<Long> recipients, String key, String number, List<String> args, String dedupKey) {
		if (!recipients.isEmpty()) {
			this.notifications.send(recipients, key, args, link(number), dedupKey);
		}
	}

	/** A change's key: the case number and its version after the change name it. */
	private static String key(String kind, String number, long version) {
		return kind + ":" + number + ":" + version;
	}

	private static Set<Long> customer(Long login) {
		return (login != null) ? Set.of(login) : Set.of();
	}

	private static String link(String number) {
		return "/cases/" + number;
	}

}
