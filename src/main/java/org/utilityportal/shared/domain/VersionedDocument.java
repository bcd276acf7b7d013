package org.utilityportal.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * The one mapping of a published price document in versions: tariff versions, catalogue
 * service versions and metro fare versions each extend it with what they price or offer.
 * A version is written as a draft, changed only while it is one, and published by another
 * officer who neither wrote nor edited it (the rules of {@link VersionPublishing}); from
 * then on it never changes (the database refuses it too, with a trigger per table).
 * Columns: {@code effective_from}, {@code document_number}, {@code document_date},
 * {@code status}, {@code created_by}, {@code created_at}, {@code published_by},
 * {@code published_at}, {@code edited_by} (an array: four eyes, issue 13),
 * {@code version}.
 *
 * <p>
 * Every change of a draft goes through {@link #edit}, the one place that knows a draft
 * was changed and by what.
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class VersionedDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate effectiveFrom;

	private String documentNumber;

	private LocalDate documentDate;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String createdBy;

	private Instant createdAt;

	private String publishedBy;

	private Instant publishedAt;

	/** Who changed the draft after its author (four eyes: none of them publishes it). */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "edited_by")
	private List<String> editedBy = new ArrayList<>();

	@Version
	private long version;

	/** A new draft. */
	protected VersionedDocument(Dates dates, String author, Instant at) {
		this.status = Status.DRAFT;
		this.createdBy = author;
		this.createdAt = at;
		date(dates);
	}

	/**
	 * Changes a draft: its dates and document, and what {@code content} changes of the
	 * subclass's own state. The editor is recorded (once) and may then not publish it.
	 * @throws StaleEditException when it is published
	 */
	protected final void edit(Dates dates, String editor, Runnable content) {
		checkDraft();
		date(dates);
		content.run();
		if (!this.editedBy.contains(editor)) {
			this.editedBy = new ArrayList<>(this.editedBy);
			this.editedBy.add(editor);
		}
	}

	/**
	 * Publishes the draft unless a rule of {@link VersionPublishing} refuses it, or then
	 * {@link #contentProblem} does.
	 * @param messagePrefix the module's key prefix, e.g. {@code tariff.publish}
	 * @param dayTaken whether a published version of the same thing starts on a day
	 * @return the message key of the refusal, or empty when published
	 * @throws StaleEditException when it is published already
	 */
	public Optional<String> publish(String messagePrefix, PortalPrincipal officer, LocalDate today,
			Predicate<LocalDate> dayTaken, Instant at) {
		return publish(messagePrefix, officer, today, dayTaken, Optional::empty, at);
	}

	/**
	 * Publishes the draft unless a rule of {@link VersionPublishing} refuses it, or then
	 * {@link #contentProblem} does, or then {@code otherProblem}: what the owning module
	 * knows about the thing the document belongs to (e.g. a tariff retired by that day).
	 * @return the message key of the refusal, or empty when published
	 * @throws StaleEditException when it is published already
	 */
	public Optional<String> publish(String messagePrefix, PortalPrincipal officer, LocalDate today,
			Predicate<LocalDate> dayTaken, Supplier<Optional<String>> otherProblem, Instant at) {
		checkDraft();
		Optional<String> refusal = VersionPublishing
			.refusal(messagePrefix, this.createdBy, this.editedBy, officer, this.effectiveFrom, today, dayTaken)
			.or(() -> contentProblem(messagePrefix))
			.or(otherProblem);
		if (refusal.isEmpty()) {
			this.status = Status.PUBLISHED;
			this.publishedBy = officer.username();
			this.publishedAt = at;
		}
		return refusal;
	}

	/**
	 * Why what the version prices or offers cannot be published yet, as a message key
	 * under the prefix; empty when it can. Every version can, unless a subclass says
	 * otherwise.
	 */
	protected Optional<String> contentProblem(String messagePrefix) {
		return Optional.empty();
	}

	/**
	 * Checks that the version is still a draft as someone saw it.
	 * @throws StaleEditException when it was saved or published since
	 */
	public void checkDraft(long seenVersion) {
		if (this.version != seenVersion) {
			throw new StaleEditException(getClass().getSimpleName() + " " + this.id);
		}
		checkDraft();
	}

	/** Whether it is published (and so never changes again). */
	public boolean isPublished() {
		return this.status == Status.PUBLISHED;
	}

	private void checkDraft() {
		if (isPublished()) {
			throw new StaleEditException(getClass().getSimpleName() + " " + this.id);
		}
	}

	private void date(Dates dates) {
		this.effectiveFrom = dates.effectiveFrom();
		this.documentNumber = dates.documentNumber().strip();
		this.documentDate = dates.documentDate();
	}

	/** A draft or published. */
	public enum Status {

		DRAFT, PUBLISHED

	}

	/**
	 * When a version applies and the document that approved it.
	 *
	 * @param effectiveFrom its first day
	 * @param documentNumber the approving document's number (stripped when saved)
	 * @param documentDate the document's date
	 */
	public record Dates(LocalDate effectiveFrom, String documentNumber, LocalDate documentDate) {
	}

}
