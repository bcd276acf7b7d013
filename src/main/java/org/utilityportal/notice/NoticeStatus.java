package org.utilityportal.notice;

import java.util.Locale;

/**
 * Where a notice is in its life: a draft can be edited; a published notice is public and
 * is never edited (a correction is a revision that replaces it); a withdrawn or
 * superseded notice is kept on record but shown to nobody outside the administration.
 */
public enum NoticeStatus {

	DRAFT, PUBLISHED, WITHDRAWN, SUPERSEDED;

	/** The message key of the status's name. */
	public String messageKey() {
		return "notice.status." + name().toLowerCase(Locale.ROOT);
	}

}
