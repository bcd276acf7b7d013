package org.utilityportal.casework;

import java.util.ArrayList;
import java.util.List;

import org.utilityportal.shared.security.Role;

/** What a member of staff can do on a case page. */
public enum CaseAction {

	TAKE(false), FIRST_REPLY(true), ASSIGN(false), REGRADE(true), NOTE(true), WAIT(true), RESUME(false), RESOLVE(true),
	CHASE(true), ESCALATE(false), PLATFORM_REPLY(true);

	private final boolean needsText;

	CaseAction(boolean needsText) {
		this.needsText = needsText;
	}

	/** Whether the action needs a text (a reply, a note, a request). */
	public boolean needsText() {
		return this.needsText;
	}

	/** The message key of the action's name. */
	public String messageKey() {
		return "case.action." + name();
	}

	/**
	 * The actions open to a role on a case in a status; a case from a platform takes
	 * replies back to it whatever its status.
	 */
	public static List<CaseAction> available(CaseStatus status, boolean unowned, boolean owner, Role role,
			boolean fromPlatform) {
		List<CaseAction> actions = new ArrayList<>();
		if (!status.isOpen()) {
			if (fromPlatform) {
				actions.add(PLATFORM_REPLY);
			}
			return actions;
		}
		if (unowned) {
			actions.add(TAKE);
		}
		if (status == CaseStatus.REGISTERED) {
			actions.add(FIRST_REPLY);
		}
		actions.add(NOTE);
		actions.add(ASSIGN);
		actions.add(REGRADE);
		if (status == CaseStatus.WAITING_CUSTOMER) {
			actions.add(RESUME);
		}
		else {
			actions.add(WAIT);
		}
		if (owner || role == Role.SUPERVISOR) {
			actions.add(RESOLVE);
		}
		if (role == Role.SUPERVISOR) {
			actions.add(CHASE);
			actions.add(ESCALATE);
		}
		if (fromPlatform) {
			actions.add(PLATFORM_REPLY);
		}
		return actions;
	}

}
