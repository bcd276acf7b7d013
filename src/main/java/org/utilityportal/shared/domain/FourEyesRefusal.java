package org.utilityportal.shared.domain;

import lombok.Getter;

/**
 * Thrown when someone who wrote or edited a draft tries to publish it (four eyes).
 * Carries the message key that explains the refusal to them.
 */
@Getter
public class FourEyesRefusal extends RuntimeException {

	/** The message key of the refusal, e.g. {@code notice.publish.editedDraft}. */
	private final String messageKey;

	public FourEyesRefusal(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

}
