package org.utilityportal.shared.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Predicate;

import org.utilityportal.shared.security.PortalPrincipal;

/**
 * The rules every published version follows (tariffs, catalogue services, metro fares):
 * another officer publishes it than the ones who wrote or edited any part of it (four
 * eyes; the tables refuse it too, issue 13); it starts today or later, so what was billed
 * or promised is never rewritten; and one version of a thing starts on a day.
 */
public final class VersionPublishing {

	private VersionPublishing() {
	}

	/**
	 * Why a draft cannot be published: the message key {@code <prefix>.ownDraft},
	 * {@code <prefix>.editedDraft}, {@code <prefix>.past} or {@code <prefix>.sameDay} of
	 * the module's bundle, or empty when it may be published.
	 * @param prefix the module's key prefix, e.g. {@code tariff.publish}
	 * @param author who wrote the draft
	 * @param editors who changed it since (user names)
	 * @param officer who publishes it
	 * @param effectiveFrom the draft's first day
	 * @param today the business day
	 * @param dayTaken whether a published version already starts on a day
	 */
	public static Optional<String> refusal(String prefix, String author, Collection<String> editors,
			PortalPrincipal officer, LocalDate effectiveFrom, LocalDate today, Predicate<LocalDate> dayTaken) {
		Optional<String> fourEyes = fourEyes(prefix, author, editors, officer.username());
		if (fourEyes.isPresent()) {
			return fourEyes;
		}
		if (effectiveFrom.isBefore(today)) {
			return Optional.of(prefix + ".past");
		}
		if (dayTaken.test(effectiveFrom)) {
			return Optional.of(prefix + ".sameDay");
		}
		return Optional.empty();
	}

	/**
	 * The four-eyes rule alone: the message key {@code <prefix>.ownDraft} when the
	 * publisher wrote the draft, {@code <prefix>.editedDraft} when they edited it, else
	 * empty.
	 * @param prefix the module's key prefix
	 * @param author who wrote the draft
	 * @param editors who changed it since (user names)
	 * @param publisher the user name of who publishes it
	 */
	public static Optional<String> fourEyes(String prefix, String author, Collection<String> editors,
			String publisher) {
		if (author.equals(publisher)) {
			return Optional.of(prefix + ".ownDraft");
		}
		if (editors.contains(publisher)) {
			return Optional.of(prefix + ".editedDraft");
		}
		return Optional.empty();
	}

}
