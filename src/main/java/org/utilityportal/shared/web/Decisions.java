package org.utilityportal.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.shared.domain.StaleEditException;

/**
 * The message after a second person approved or rejected a request (four eyes): the
 * refusal the decision gave, "changed meanwhile" when the request moved on since it was
 * read, else that it was approved or rejected.
 */
public final class Decisions {

	private Decisions() {
	}

	/** Decides, and flashes what became of it. */
	public static void flash(RedirectAttributes redirect, boolean approve, String approvedKey, String rejectedKey,
			Decision decision) {
		String refusal;
		try {
			refusal = decision.decide();
		}
		catch (StaleEditException | IllegalStateException ex) {
			refusal = "validation.stale";
		}
		redirect.addFlashAttribute((refusal != null) ? "problem" : "notice",
				(refusal != null) ? refusal : (approve ? approvedKey : rejectedKey));
	}

	/** A decision: the message key of its refusal, or {@code null} when it was taken. */
	@FunctionalInterface
	public interface Decision {

		String decide();

	}

}
