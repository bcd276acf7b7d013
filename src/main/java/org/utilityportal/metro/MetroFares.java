package org.utilityportal.metro;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.metro.internal.FareVersion;
import org.utilityportal.metro.internal.FareVersionRepository;
import org.utilityportal.shared.domain.VersionedDocument;
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

	private final FareVersionRepository repository;

	private final MetroNetwork network;

	private final Clock clock;

	/** Every version, drafts too, newest effective date first. */
	@Transactional(readOnly = true)
	public List<FareVersionView> versions() {
		return this.repository.findAllByOrderByEffectiveFromDescIdDesc().stream().map(FareVersion::view).toList();
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
		VersionedDocument.Dates dates = new VersionedDocument.Dates(form.getEffectiveFrom(), form.getDocumentNumber(),
				form.getDocumentDate());
		return this.repository
			.save(new FareVersion(dates, form.table(), form.discount(), officer.username(), this.clock.instant()))
			.getId();
	}

	/**
	 * Publishes a draft. Refused when the officer wrote it (four eyes), when it would
	 * take effect before today, or when another published version starts that day.
	 * @return the message key of the reason it was refused, or {@code null} when
	 * published
	 * @throws org.utilityportal.shared.domain.StaleEditException when it was published or
	 * changed since it was seen at {@code version}
	 */
	@Transactional
	public String publish(long id, long version, PortalPrincipal officer) {
		FareVersion draft = lock(id, version);
		Optional<String> refusal = draft.publish("metro.fares.publish", officer, LocalDate.now(this.clock),
				(day) -> published().stream().anyMatch((other) -> other.effectiveFrom().equals(day)),
				this.clock.instant());
		this.repository.flush();
		return refusal.orElse(null);
	}

	/** Throws a draft away. */
	@Transactional
	public void discard(long id, long version) {
		this.repository.delete(lock(id, version));
		this.repository.flush();
	}

	private FareVersion lock(long id, long version) {
		FareVersion draft = this.repository.findForUpdate(id).orElseThrow(() -> new NotFoundException("Fare version"));
		draft.checkDraft(version);
		return draft;
	}

}
