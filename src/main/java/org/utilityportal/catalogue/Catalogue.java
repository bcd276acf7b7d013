package org.utilityportal.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.catalogue.internal.CatalogueQueries;
import org.utilityportal.catalogue.internal.ServiceVersion;
import org.utilityportal.catalogue.internal.ServiceVersionRepository;
import org.utilityportal.shared.domain.VersionedDocument;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Reading, drafting and publishing the catalogue. A version is written as a draft and
 * published by another price officer, from a day not in the past; from then on it never
 * changes (also a database trigger). A change is a new version from its day, so an order
 * keeps the version it was placed under.
 */
@Service
@RequiredArgsConstructor
public class Catalogue {

	private final CatalogueQueries store;

	private final ServiceVersionRepository versions;

	private final Clock clock;

	/** Every service in force today, in catalogue order. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> inForce() {
		return this.store.inForce(LocalDate.now(this.clock));
	}

	/** The version of a service in force today. */
	@Transactional(readOnly = true)
	public Optional<CatalogueEntry> inForce(String code) {
		return inForce().stream().filter((entry) -> entry.code().equals(code)).findFirst();
	}

	/** Every version of a service, newest first. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> versions(String code) {
		List<CatalogueEntry> versions = this.store.versions(code);
		if (versions.isEmpty()) {
			throw new NotFoundException("Service " + code);
		}
		return versions;
	}

	@Transactional(readOnly = true)
	public CatalogueEntry version(long versionId) {
		return this.store.version(versionId).orElseThrow(() -> new NotFoundException("Catalogue version " + versionId));
	}

	/**
	 * What spans fields: a text given in one language is needed in the other too (fee
	 * note, each document and blocker row).
	 */
	public void validate(VersionForm form, Errors errors) {
		ServiceDefinition d = form.getDefinition();
		bothLanguages(d.getFeeNoteZh(), d.getFeeNoteEn(), "definition.feeNoteZh", "definition.feeNoteEn", errors);
		for (int i = 0; i < d.getDocuments().size(); i++) {
			ServiceDefinition.DocumentRequirement row = d.getDocuments().get(i);
			bothLanguages(row.getNameZh(), row.getNameEn(), "definition.documents[" + i + "].nameZh",
					"definition.documents[" + i + "].nameEn", errors);
		}
		for (int i = 0; i < d.getBlockers().size(); i++) {
			ServiceDefinition.Blocker row = d.getBlockers().get(i);
			bothLanguages(row.getTextZh(), row.getTextEn(), "definition.blockers[" + i + "].textZh",
					"definition.blockers[" + i + "].textEn", errors);
		}
	}

	private static void bothLanguages(String zh, String en, String zhField, String enField, Errors errors) {
		boolean hasZh = StringUtils.hasText(zh);
		boolean hasEn = StringUtils.hasText(en);
		if (hasZh && !hasEn && !errors.hasFieldErrors(enField)) {
			errors.rejectValue(enField, "validation.required");
		}
		if (hasEn && !hasZh && !errors.hasFieldErrors(zhField)) {
			errors.rejectValue(zhField, "validation.required");
		}
	}

	/**
	 * Saves a new draft version of a service.
	 * @return the draft's id
	 */
	@Transactional
	public long draft(String code, VersionForm form, PortalPrincipal officer) {
		long serviceId = this.store.serviceId(code).orElseThrow(() -> new NotFoundException("Service " + code));
		form.getDefinition().dropEmptyRows();
		return this.versions
			.save(new ServiceVersion(serviceId, dates(form), form.getDefinition(), officer.username(),
					this.clock.instant()))
			.getId();
	}

	/**
	 * Saves changes to a draft; the officer is recorded as one of its editors (four eyes:
	 * they may then not publish it).
	 * @throws org.utilityportal.shared.domain.StaleEditException when it was changed or
	 * published since the form was opened
	 */
	@Transactional
	public void updateDraft(long versionId, VersionForm form, PortalPrincipal officer) {
		form.getDefinition().dropEmptyRows();
		ServiceVersion draft = lock(versionId, form.getVersion());
		draft.edit(dates(form), form.getDefinition(), officer.username());
		this.versions.flush();
	}

	/**
	 * Publishes a draft. Refused when the officer wrote it (four eyes), when it would
	 * take effect before today, or when another published version starts that day.
	 * @return the message key of the reason it was refused, or {@code null} when
	 * published
	 */
	@Transactional
	public String publish(long versionId, long version, PortalPrincipal officer) {
		ServiceVersion draft = lock(versionId, version);
		Optional<String> refusal = draft.publish("catalogue.publish", officer, LocalDate.now(this.clock),
				(day) -> this.versions.existsByServiceIdAndEffectiveFromAndStatus(draft.getServiceId(), day,
						VersionedDocument.Status.PUBLISHED),
				this.clock.instant());
		this.versions.flush();
		return refusal.orElse(null);
	}

	/** Throws away a draft. */
	@Transactional
	public void discard(long versionId, long version) {
		this.versions.delete(lock(versionId, version));
		this.versions.flush();
	}

	private ServiceVersion lock(long versionId, long version) {
		ServiceVersion draft = this.versions.findForUpdate(versionId)
			.orElseThrow(() -> new NotFoundException("Catalogue version " + versionId));
		draft.checkDraft(version);
		return draft;
	}

	private static VersionedDocument.Dates dates(VersionForm form) {
		return new VersionedDocument.Dates(form.getEffectiveFrom(), form.getDocumentNumber(), form.getDocumentDate());
	}

}
