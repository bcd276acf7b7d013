package org.utilityportal.shared.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

import org.utilityportal.shared.security.PortalPrincipal;

/**
 * The rules every published version follows (tariffs, catalogue services, metro fares):
 * another officer publishes it than the one who wrote it (four eyes); it starts today or
 * later, so what was billed or promised is never rewritten; and one version of a thing
 * starts on a day.
 */
public final class VersionPublishing {

	private VersionPublishing() {
	}

	/**
	 * Why a draft cannot be published: the message key {@code <prefix>.ownDraft},
	 * {@code <prefix>.past} or {@code <prefix>.sameDay} of the module's bundle, or empty
	 * when it may be published.
	 * @param prefix the module's key prefix, e.g. {@code tariff.publish}
	 * @param author who wrote the draft
	 * @param officer who publishes it
	 * @param effectiveFrom the draft's first day
	 * @param today the business day
	 * @param dayTaken whether a published version already starts on a day
	 */
	public static Optional<String> refusal(String prefix, String author, PortalPrincipal officer,
			LocalDate effectiveFrom, LocalDate today, Predicate<LocalDate> dayTaken) {
		if (author.equals(officer.username())) {
			return Optional.of(prefix + ".ownDraft");
		}
		if (effectiveFrom.isBefore(today)) {
			return Optional.of(prefix + ".past");
		}
		if (dayTaken.test(effectiveFrom)) {
			return Optional.of(prefix + ".sameDay");
		}
		return Optional.empty();
	}

}
