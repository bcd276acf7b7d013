package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.domain.VersionedDocument;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;
import org.utilityportal.tariff.internal.TariffQueries;
import org.utilityportal.tariff.internal.TariffVersion;
import org.utilityportal.tariff.internal.TariffVersionRepository;
import org.utilityportal.tariff.internal.Tariff;
import org.utilityportal.tariff.internal.TariffRepository;

/**
 * Reading, drafting and publishing tariffs. A version is written as a draft, checked, and
 * published by another price officer; from then on it never changes. A price change is a
 * new version from a date: history is never rewritten.
 */
@Service
@RequiredArgsConstructor
public class Tariffs {

	private final TariffQueries store;

	private final TariffVersionRepository versions;

	private final TariffRepository tariffs;

	private final Clock clock;

	/** Every tariff with all its versions. */
	@Transactional(readOnly = true)
	public List<TariffView> all() {
		Map<Long, List<TariffVersionView>> versions = this.store.versions()
			.stream()
			.collect(Collectors.groupingBy(TariffVersionView::tariffId));
		return this.tariffs.findAll()
			.stream()
			.sorted(Comparator.comparing(Tariff::getUtility).thenComparing(Tariff::getCategory))
			.map((tariff) -> new TariffView(tariff.getId(), tariff.getUtility(), tariff.getCategory(),
					tariff.getNameZh(), tariff.getNameEn(), versions.getOrDefault(tariff.getId(), List.of()),
					tariff.getUnit(), tariff.getRetiredOn(), tariff.getVersion()))
			.toList();
	}

	/** One tariff with its versions. */
	@Transactional(readOnly = true)
	public TariffView tariff(long tariffId) {
		return all().stream()
			.filter((tariff) -> tariff.id() == tariffId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Tariff"));
	}

	/** One version. */
	@Transactional(readOnly = true)
	public TariffVersionView version(long versionId) {
		return this.store.version(versionId).orElseThrow(() -> new NotFoundException("Tariff version"));
	}

	/** Every published version, as a snapshot for pricing many accounts. */
	@Transactional(readOnly = true)
	public PriceBook priceBook() {
		List<TariffView> all = all();
		return new PriceBook(
				all.stream()
					.flatMap((tariff) -> tariff.versions()
						.stream()
						.filter(TariffVersionView::isPublished)
						.map((version) -> new PriceBook.Entry(tariff.utility(), tariff.category(), version.priced())))
					.toList(),
				all.stream()
					.filter((tariff) -> tariff.retiredOn() != null)
					.map((tariff) -> new PriceBook.Retirement(tariff.utility(), tariff.category(), tariff.retiredOn()))
					.toList());
	}

	/** The published version of a tariff in force on a day. */
	@Transactional(readOnly = true)
	public Optional<TariffVersionView> inForce(long tariffId, LocalDate day) {
		return tariff(tariffId).versions()
			.stream()
			.filter((version) -> version.isPublished() && !version.effectiveFrom().isAfter(day))
			.max(Comparator.comparing(TariffVersionView::effectiveFrom));
	}

	/**
	 * What the public price page lists: for each tariff, the published version in force
	 * on {@code date} and the published versions that start later.
	 */
	@Transactional(readOnly = true)
	public List<PublishedTariff> published(LocalDate date) {
		return all().stream().filter((tariff) -> tariff.pricesOn(date)).map((tariff) -> {
			List<TariffVersionView> published = tariff.versions()
				.stream()
				.filter(TariffVersionView::isPublished)
				.sorted(Comparator.comparing(TariffVersionView::effectiveFrom))
				.toList();
			TariffVersionView inForce = published.stream()
				.filter((version) -> !version.effectiveFrom().isAfter(date))
				.reduce((first, second) -> second)
				.orElse(null);
			List<TariffVersionView> upcoming = published.stream()
				.filter((version) -> version.effectiveFrom().isAfter(date))
				.toList();
			return new PublishedTariff(tariff, inForce, upcoming);
		}).filter((published) -> published.inForce() != null || !published.upcoming().isEmpty()).toList();
	}

	/**
	 * The charges of a consumption under the version of a tariff in force on
	 * {@code from}, for the public estimator: {@code months} whole months from
	 * {@code from}, with the year's earlier consumption for annual step allowances (a
	 * period across 1 January starts a fresh allowance there) and the supply terms a
	 * two-part tariff needs.
	 * @throws IllegalArgumentException when the tariff has no version in force then
	 */
	@Transactional(readOnly = true)
	public Charges estimate(long tariffId, Consumption consumption, SupplyTerms terms, int months,
			BigDecimal yearToDate, LocalDate from) {
		TariffView tariff = tariff(tariffId);
		LocalDate to = from.plusMonths(months);
		List<PricedVersion> versions = priceBook().versionsFor(tariff.utility(), tariff.category(), from, to);
		return TariffCalculator.charge(versions, from, to, consumption, yearToDate, terms);
	}

	/**
	 * Saves a new draft version of a tariff.
	 * @return the draft's id
	 */
	@Transactional
	public long draft(long tariffId, TariffVersionForm form, PortalPrincipal officer) {
		return draftStructure(tariffId, form, form.structure(), officer);
	}

	/** Saves a new draft version with prices given directly (the JSON API). */
	@Transactional
	public long draftStructure(long tariffId, TariffVersionForm dates, TariffStructure structure,
			PortalPrincipal officer) {
		tariff(tariffId);
		return this.versions
			.save(new TariffVersion(tariffId, dates(dates), structure, officer.username(), this.clock.instant()))
			.getId();
	}

	/**
	 * Saves changes to a draft; the officer is recorded as one of its editors (four eyes:
	 * they may then not publish it).
	 * @throws org.utilityportal.shared.domain.StaleEditException when it was changed or
	 * published since the form was opened
	 */
	@Transactional
	public void updateDraft(long versionId, TariffVersionForm form, PortalPrincipal officer) {
		lock(versionId, form.getVersion()).edit(dates(form), form.structure(), officer.username());
		this.versions.flush();
	}

	/**
	 * Publishes a draft. Refused when the officer wrote it (four eyes), when it would
	 * take effect before today, when another version of the tariff already starts on that
	 * day, or when its prices are incomplete.
	 * @return the message key of the reason it was refused, or {@code null} when
	 * published
	 */
	@Transactional
	public String publish(long versionId, long version, PortalPrincipal officer) {
		TariffVersion draft = lock(versionId, version);
		Optional<String> refusal = draft.publish("tariff.publish", officer, LocalDate.now(this.clock),
				(day) -> this.versions.existsByTariffIdAndEffectiveFromAndStatus(draft.getTariffId(), day,
						VersionedDocument.Status.PUBLISHED),
				() -> tariff(draft.getTariffId()).pricesOn(draft.getEffectiveFrom()) ? Optional.empty()
						: Optional.of("tariff.publish.retired"),
				this.clock.instant());
		this.versions.flush();
		return refusal.orElse(null);
	}

	/**
	 * Checks a new tariff: one tariff per utility and category, a metered utility, and
	 * the utility's unit (fields utility, category, unit).
	 */
	@Transactional(readOnly = true)
	public void validate(TariffForm form, Errors errors) {
		if (form.getUtility() != null && !form.getUtility().isMetered()) {
			errors.rejectValue("utility", "tariff.validation.metered");
		}
		else if (form.getUtility() != null && form.getUnit() != null && form.getUnit() != form.getUtility().unit()) {
			errors.rejectValue("unit", "tariff.validation.unit");
		}
		if (form.getUtility() != null && form.getCategory() != null
				&& this.tariffs.existsByUtilityAndCategory(form.getUtility(), form.getCategory())) {
			errors.rejectValue("category", "tariff.validation.exists");
		}
	}

	/**
	 * Creates a tariff from a validated form; its first version is drafted and published
	 * like every other.
	 * @return the new tariff's id
	 */
	@Transactional
	public long create(TariffForm form, PortalPrincipal officer) {
		return this.tariffs
			.saveAndFlush(new Tariff(form.getUtility(), form.getCategory(), form.getNameZh().strip(),
					form.getNameEn().strip(), form.getUnit(), officer.username()))
			.getId();
	}

	/**
	 * Retires a tariff from a day (today or later): from then on it prices nothing, takes
	 * no new versions and leaves the public price page; bills of accounts still in its
	 * category are skipped with "no tariff" until they move to another category.
	 * @return the message key of the refusal, or {@code null} when retired
	 */
	@Transactional
	public String retire(long tariffId, long version, LocalDate from) {
		Tariff tariff = this.tariffs.findById(tariffId).orElseThrow(() -> new NotFoundException("Tariff"));
		if (tariff.getVersion() != version) {
			throw new StaleEditException("Tariff " + tariffId);
		}
		if (tariff.getRetiredOn() != null) {
			return "tariff.retire.already";
		}
		if (from == null || from.isBefore(LocalDate.now(this.clock))) {
			return "tariff.retire.past";
		}
		tariff.retire(from);
		this.tariffs.flush();
		return null;
	}

	/** Throws away a draft. */
	@Transactional
	public void discard(long versionId, long version) {
		this.versions.delete(lock(versionId, version));
		this.versions.flush();
	}

	private TariffVersion lock(long versionId, long version) {
		TariffVersion draft = this.versions.findForUpdate(versionId)
			.orElseThrow(() -> new NotFoundException("Tariff version"));
		draft.checkDraft(version);
		return draft;
	}

	private static VersionedDocument.Dates dates(TariffVersionForm form) {
		return new VersionedDocument.Dates(form.getEffectiveFrom(), form.getDocumentNumber(), form.getDocumentDate());
	}

	/**
	 * A tariff as the public price page shows it.
	 *
	 * @param tariff the tariff
	 * @param inForce the version in force, or {@code null} before the first
	 * @param upcoming published versions that start later
	 */
	public record PublishedTariff(TariffView tariff, TariffVersionView inForce, List<TariffVersionView> upcoming) {

		/** The utility of the tariff. */
		public Utility utility() {
			return this.tariff.utility();
		}

		/** The category of the tariff. */
		public TariffCategory category() {
			return this.tariff.category();
		}

	}

}
