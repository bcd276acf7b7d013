package org.utilityportal.notification.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.utilityportal.notification.Notifications;
import org.utilityportal.quality.CorrectiveActionRaised;
import org.utilityportal.quality.CorrectiveActionsOverdue;
import org.utilityportal.quality.InspectionContested;
import org.utilityportal.quality.InspectionScored;

/**
 * Tells people about inspections and corrective actions, after the change is committed;
 * each notice keyed by its event (an inspection's result per status, a contest, an action
 * raised, an action's tier), so a repeated delivery writes nothing new.
 */
@Component
@RequiredArgsConstructor
class QualityNotices {

	private final Notifications notifications;

	@ApplicationModuleListener
	void on(InspectionScored event) {
		this.notifications.send(event.tell(), "quality.notice.scored",
				List.of(String.valueOf(event.inspectionId()), event.percent().toPlainString()),
				"/inspections/" + event.inspectionId(), "inspection:" + event.inspectionId() + ":" + event.status());
	}

	@ApplicationModuleListener
	void on(InspectionContested event) {
		if (!event.reviewers().isEmpty()) {
			this.notifications.send(event.reviewers(), "quality.notice.contested",
					List.of(event.inspected(), String.valueOf(event.inspectionId())),
					"/inspections/" + event.inspectionId(), "contest:" + event.inspectionId());
		}
	}

	@ApplicationModuleListener
	void on(CorrectiveActionRaised event) {
		this.notifications.send(List.of(event.ownerId()), "quality.notice.actionRaised",
				List.of(event.title(), event.dueOn().toString()), "/actions/" + event.actionId(),
				"action:" + event.actionId());
	}

	@ApplicationModuleListener
	void on(CorrectiveActionsOverdue event) {
		Notifications.Batch batch = this.notifications.batch();
		event.actions()
			.forEach((a) -> batch.add(a.concerned(), "quality.notice.overdue",
					List.of(a.title(), a.dueOn().toString(), String.valueOf(a.tier())), "/actions/" + a.actionId(),
					"action-overdue:" + a.actionId() + ":" + a.tier()));
		batch.write();
	}

}
