package org.utilityportal.quality.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.ListIndexBase;
import org.utilityportal.quality.InspectionKind;
import org.utilityportal.quality.ScorecardStatus;
import org.utilityportal.shared.domain.StaleEditException;

/**
 * One version of the scorecard of a kind of inspection: its items in order, each in a
 * group and worth some points. A draft can be replaced; once published it never changes
 * (an inspection keeps the version it was scored on) and the version before it is
 * retired; a change is a new version.
 */
@Entity
@Table(name = "quality_scorecard")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Scorecard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private InspectionKind kind;

	/** The card's version number: 1, 2, ... */
	private int version;

	@Enumerated(EnumType.STRING)
	private ScorecardStatus status;

	private String nameZh;

	private String nameEn;

	private String createdBy;

	private Instant createdAt;

	private String publishedBy;

	private Instant publishedAt;

	@Version
	@Column(name = "row_version")
	private long rowVersion;

	@Getter(AccessLevel.NONE)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quality_scorecard_item", joinColumns = @JoinColumn(name = "scorecard_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<ScoreItem> items = new ArrayList<>();

	/**
	 * A draft of version {@code version} of a kind's card.
	 * @throws IllegalArgumentException without items, or with two items of one code
	 */
	public Scorecard(InspectionKind kind, int version, String nameZh, String nameEn, List<ScoreItem> items, String by,
			Instant at) {
		this.kind = kind;
		this.version = version;
		this.status = ScorecardStatus.DRAFT;
		this.createdBy = by;
		this.createdAt = at;
		replace(nameZh, nameEn, items);
	}

	/** New names and items for a draft. */
	public void replace(String nameZh, String nameEn, List<ScoreItem> items) {
		if (this.status != ScorecardStatus.DRAFT) {
			throw new StaleEditException("Scorecard " + this.kind + " v" + this.version + " is " + this.status);
		}
		if (items.isEmpty() || new HashSet<>(items.stream().map(ScoreItem::code).toList()).size() != items.size()) {
			throw new IllegalArgumentException("A card has items, each with its own code");
		}
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.items.clear();
		this.items.addAll(items);
	}

	/** The draft becomes the card in use. */
	public void publish(String by, Instant at) {
		if (this.status != ScorecardStatus.DRAFT) {
			throw new StaleEditException("Scorecard " + this.kind + " v" + this.version + " is " + this.status);
		}
		this.status = ScorecardStatus.PUBLISHED;
		this.publishedBy = by;
		this.publishedAt = at;
	}

	/** A newer version is in use. */
	public void retire() {
		if (this.status == ScorecardStatus.PUBLISHED) {
			this.status = ScorecardStatus.RETIRED;
		}
	}

	/** The items in order. */
	public List<ScoreItem> getItems() {
		return Collections.unmodifiableList(this.items);
	}

	/** An item by its code. */
	public Optional<ScoreItem> item(String code) {
		return this.items.stream().filter((item) -> item.code().equals(code)).findFirst();
	}

	/** The most the card scores: the sum of its items' points. */
	public int maxPoints() {
		return this.items.stream().mapToInt(ScoreItem::points).sum();
	}

}
