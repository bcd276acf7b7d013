package org.utilityportal.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A unit of the organisation (head office, service centre, district or branch, service
 * hall or team) with the areas it covers and who answers its cases at escalation tiers 2
 * to 4. Units are never deleted: a closed unit stays on record with its name. Every
 * change is kept as an {@link OrgUnitChange}.
 */
@Entity
@Table(name = "org_unit")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class OrganisationUnit {

	/** The kinds of unit, from the top of the tree down. */
	static final List<String> KINDS = List.of("HEAD_OFFICE", "SERVICE_CENTRE", "DISTRICT", "COUNTER", "STATION");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long parentId;

	private String code;

	private String kind;

	private String nameZh;

	private String nameEn;

	private LocalDate closedOn;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "org_unit_area", joinColumns = @JoinColumn(name = "org_unit_id"))
	@OrderColumn(name = "position")
	@Column(name = "area")
	private List<String> areas = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "org_unit_tier_contact", joinColumns = @JoinColumn(name = "org_unit_id"))
	@MapKeyColumn(name = "tier")
	@Column(name = "user_id")
	private Map<Integer, Long> tierContacts = new TreeMap<>();

	@OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
	@JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
	@OrderBy("changedAt desc, id desc")
	private List<OrgUnitChange> changes = new ArrayList<>();

	OrganisationUnit(String code, UnitDetails details, Instant at, String by) {
		this.code = code;
		apply(details);
		record(at, by, List.of(new FieldChange("created", null, code)));
	}

	/**
	 * Applies new details and records what changed (tier contacts by work number); the
	 * parent changes only by a move.
	 */
	List<FieldChange> edit(UnitDetails details, Function<Long, String> workNumber, Instant at, String by) {
		requireOpen();
		List<FieldChange> changed = new ArrayList<>();
		FieldChange.compare(changed, "kind", this.kind, details.kind());
		FieldChange.compare(changed, "nameZh", this.nameZh, details.nameZh());
		FieldChange.compare(changed, "nameEn", this.nameEn, details.nameEn());
		FieldChange.compare(changed, "areas", String.join("; ", this.areas), String.join("; ", details.areas()));
		FieldChange.compare(changed, "tierContacts", contacts(this.tierContacts, workNumber),
				contacts(details.tierContacts(), workNumber));
		Long parent = this.parentId;
		apply(details);
		this.parentId = parent;
		record(at, by, changed);
		return changed;
	}

	/**
	 * Puts the unit under another parent (checked by the caller: no cycle, open parent).
	 */
	void moveTo(String oldParentCode, String newParentCode, Long newParentId, Instant at, String by) {
		requireOpen();
		record(at, by, List.of(new FieldChange("parent", oldParentCode, newParentCode)));
		this.parentId = newParentId;
	}

	private static String contacts(Map<Integer, Long> contacts, Function<Long, String> workNumber) {
		return new TreeMap<>(contacts).entrySet()
			.stream()
			.map((contact) -> contact.getKey() + ": " + workNumber.apply(contact.getValue()))
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/**
	 * Closes the unit from a day (checked by the caller: nothing open below or in it).
	 */
	void close(LocalDate on, Instant at, String by) {
		requireOpen();
		this.closedOn = on;
		record(at, by, List.of(new FieldChange("closedOn", null, on.toString())));
	}

	boolean isOpen() {
		return this.closedOn == null;
	}

	private void apply(UnitDetails details) {
		this.parentId = details.parentId();
		this.kind = details.kind();
		this.nameZh = details.nameZh();
		this.nameEn = details.nameEn();
		this.areas.clear();
		this.areas.addAll(details.areas());
		this.tierContacts.clear();
		this.tierContacts.putAll(details.tierContacts());
	}

	private void record(Instant at, String by, List<FieldChange> changed) {
		changed.forEach((change) -> this.changes.add(new OrgUnitChange(at, by, change)));
	}

	private void requireOpen() {
		if (!isOpen()) {
			throw new IllegalStateException("Unit " + this.code + " is closed");
		}
	}

	/**
	 * What an administrator sets on a unit.
	 *
	 * @param parentId the unit above, {@code null} for the head office
	 * @param kind one of {@link #KINDS}
	 * @param nameZh Chinese name
	 * @param nameEn English name
	 * @param areas the areas it covers, one per entry
	 * @param tierContacts who answers at tiers 2 to 4, by tier
	 */
	record UnitDetails(Long parentId, String kind, String nameZh, String nameEn, List<String> areas,
			Map<Integer, Long> tierContacts) {
	}

}
