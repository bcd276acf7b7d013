package org.utilityportal.metro;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.metro.internal.FareStore;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.domain.VersionPublishing;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Metro fares by distance, in versions published the way tariffs are: a draft written by
 * one officer, published by another (four eyes), never changed afterwards, and a change
 * of fares is a new version from a date. A trip's fare comes from the version in force on
 * its entry date.
 */
@Service
@RequiredArgsConstructor
public class MetroFares {

	private final FareStore store;

	private final MetroNetwork network;

	private final Clock clock;

	/** Every version, drafts too, newest effective date first. */
	@Transactional(readOnly = true)
	public List<FareVersionView> versions() {
		return this.store.versions();
	}

	/** Published versions only, newest effective date first. */
	@Transactional(readOnly = true)
	public List<FareVersionView> published() {
		return versions().stream().filter(FareVersionView::published).toList();
	}

	/** One version. */
	@Transactional(readOnly = true)
	public FareVersionView version(long id) {
		return versions().stream()
			.filter((version) -> version.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Fare version"));
	}

	/** The published version in force on a day. */
	@Transactional(readOnly = true)
	public Optional<FareVersionView> inForce(LocalDate day) {
		return published().stream().filter((version) -> !version.effectiveFrom().isAfter(day)).findFirst();
	}

	/** Published versions that start after a day, soonest first. */
	@Transactional(readOnly = true)
	public List<FareVersionView> upcoming(LocalDate day) {
		return published().stream().filter((version) -> version.effectiveFrom().isAfter(day)).toList().reversed();
	}

	/**
	 * The fare between two stations on a day: shortest distance, the version in force and
	 * the band.
	 * @return empty when a code names no station, or no version is in force
	 */
	@Transactional(readOnly = true)
	public Optional<FareQuote> quote(String fromCode, String toCode, LocalDate day) {
		Optional<FareVersionView> version = inForce(day);
		return this.network.route(fromCode, toCode)
			.flatMap((route) -> version.map((v) -> new FareQuote(route, v, v.table().fare(route.km()))));
	}

	/**
	 * Saves a new draft.
	 * @return its id
	 */
	@Transactional
	public long draft(FareVersionForm form, PortalPrincipal officer) {
		return this.store.insertDraft(form.getEffectiveFrom(), form.getDocumentNumber().strip(), form.getDocumentDate(),
				form.table(), form.discount(), officer.username(), this.clock.instant());
	}

	/**
	 * Publishes a draft. Refused when the officer wrote it (four eyes), when it would
	 * take effect before today, or when another published version starts that day.
	 * @return the message key of the reason it was refused, or {@code null} when
	 * published
	 */
	@Transactional
	public String publish(long id, long version, PortalPrincipal officer) {
		FareVersionView draft = version(id);
		if (draft.published() || draft.version() != version) {
			throw new StaleEditException("Fare version " + id);
		}
		Optional<String> refusal = VersionPublishing.refusal("metro.fares.publish", draft.createdBy(), List.of(),
				officer, draft.effectiveFrom(), LocalDate.now(this.clock),
				(day) -> published().stream().anyMatch((other) -> other.effectiveFrom().equals(day)));
		if (refusal.isPresent()) {
			return refusal.get();
		}
		if (!this.store.publish(id, version, officer.username(), this.clock.instant())) {
			throw new StaleEditException("Fare version " + id);
		}
		return null;
	}

	/** Throws a draft away. */
	@Transactional
	public void discard(long id, long version) {
		if (!this.store.discard(id, version)) {
			throw new StaleEditException("Fare version " + id);
		}
	}

}
