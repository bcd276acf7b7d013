package org.utilityportal.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.identity.OpenCasesOfUnits;
import org.utilityportal.identity.OrgUnitForm;
import org.utilityportal.identity.OrgUnitView;
import org.utilityportal.identity.OrganisationAdministration;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

@Service
@RequiredArgsConstructor
class OrganisationAdministrationService implements OrganisationAdministration {

	private final OrganisationUnitRepository units;

	private final UserAccountRepository accounts;

	private final ObjectProvider<OpenCasesOfUnits> openCases;

	private final Clock clock;

	@Override
	@Transactional(readOnly = true)
	public List<OrgUnitView> tree() {
		List<OrganisationUnit> all = this.units.findAll();
		Map<Long, List<OrganisationUnit>> children = all.stream()
			.filter((unit) -> unit.getParentId() != null)
			.collect(Collectors.groupingBy(OrganisationUnit::getParentId));
		List<OrgUnitView> tree = new ArrayList<>();
		all.stream()
			.filter((unit) -> unit.getParentId() == null)
			.sorted(Comparator.comparing(OrganisationUnit::getCode))
			.forEach((root) -> walk(root, 0, children, tree));
		return tree;
	}

	@Override
	@Transactional(readOnly = true)
	public OrgUnitView unit(long unitId) {
		OrganisationUnit unit = load(unitId);
		int depth = 0;
		for (Long parent = unit.getParentId(); parent != null && depth < 20; depth++) {
			parent = this.units.findById(parent).map(OrganisationUnit::getParentId).orElse(null);
		}
		return view(unit, depth, true);
	}

	@Override
	@Transactional(readOnly = true)
	public void validate(OrgUnitForm form, Long editingId, Errors errors) {
		if (editingId == null && !errors.hasFieldErrors("code")) {
			String code = (form.getCode() != null) ? form.getCode().strip() : "";
			if (code.isEmpty()) {
				errors.rejectValue("code", "validation.required");
			}
			else if (this.units.findByCode(code.toUpperCase(Locale.ROOT)).isPresent()) {
				errors.rejectValue("code", "orgUnit.validation.codeTaken");
			}
		}
		if (!errors.hasFieldErrors("kind")) {
			checkParent(form, editingId, errors);
		}
		for (int tier = 2; tier <= 4; tier++) {
			String number = workNumber(form, tier);
			if (StringUtils.hasText(number) && this.accounts.findByWorkNumber(number.strip())
				.filter((staff) -> staff.isEnabled() && staff.getRole().isStaff())
				.isEmpty()) {
				errors.rejectValue("tier" + tier + "WorkNumber", "case.validation.unknownWorkNumber");
			}
		}
		if (form.areaList().stream().anyMatch((area) -> area.length() > 100)) {
			errors.rejectValue("areas", "orgUnit.validation.areaLength");
		}
	}

	@Override
	@Transactional
	public long create(OrgUnitForm form, PortalPrincipal admin) {
		OrganisationUnit unit = new OrganisationUnit(form.getCode().strip().toUpperCase(Locale.ROOT), details(form),
				this.clock.instant(), admin.username());
		return this.units.saveAndFlush(unit).getId();
	}

	@Override
	@Transactional
	public Refusal update(long unitId, OrgUnitForm form, PortalPrincipal admin) {
		OrganisationUnit unit = current(unitId, form.getVersion());
		if (!Objects.equals(unit.getParentId(), form.getParentId())) {
			Map<Long, Long> open = openCasesBelow(unit);
			if (!open.isEmpty()) {
				return new Refusal("orgUnit.refused.moveOpenCases", total(open), open);
			}
			unit.moveTo(code(unit.getParentId()), code(form.getParentId()), form.getParentId(), this.clock.instant(),
					admin.username());
		}
		unit.edit(details(form), (id) -> this.accounts.findById(id).map(UserAccount::getWorkNumber).orElse(null),
				this.clock.instant(), admin.username());
		this.units.flush();
		return null;
	}

	@Override
	@Transactional
	public Refusal close(long unitId, long version, PortalPrincipal admin) {
		OrganisationUnit unit = current(unitId, version);
		Map<Long, Long> open = openCasesBelow(unit);
		if (!open.isEmpty()) {
			return new Refusal("orgUnit.refused.closeOpenCases", total(open), open);
		}
		long openChildren = this.units.findAll()
			.stream()
			.filter((other) -> unitId == Objects.requireNonNullElse(other.getParentId(), -1L) && other.isOpen())
			.count();
		if (openChildren > 0) {
			return new Refusal("orgUnit.refused.openUnitsBelow", openChildren, Map.of(unitId, openChildren));
		}
		long staff = this.accounts.findByRoleNotOrderByDisplayName(org.utilityportal.shared.security.Role.CUSTOMER)
			.stream()
			.filter((member) -> member.isEnabled() && Objects.equals(member.getOrgUnitId(), unitId))
			.count();
		if (staff > 0) {
			return new Refusal("orgUnit.refused.staffPlaced", staff, Map.of(unitId, staff));
		}
		unit.close(LocalDate.now(this.clock), this.clock.instant(), admin.username());
		this.units.flush();
		return null;
	}

	private void checkParent(OrgUnitForm form, Long editingId, Errors errors) {
		int rank = OrganisationUnit.KINDS.indexOf(form.getKind());
		if (form.getParentId() == null) {
			boolean otherHead = this.units.findAll()
				.stream()
				.anyMatch((unit) -> unit.getParentId() == null && unit.isOpen() && !unit.getId().equals(editingId));
			if (rank != 0 || otherHead) {
				errors.rejectValue("parentId", "orgUnit.validation.parentRequired");
			}
			return;
		}
		OrganisationUnit parent = this.units.findById(form.getParentId()).filter(OrganisationUnit::isOpen).orElse(null);
		if (parent == null || OrganisationUnit.KINDS.indexOf(parent.getKind()) >= rank) {
			errors.rejectValue("parentId", "orgUnit.validation.parentKind");
			return;
		}
		for (Long above = parent.getId(); above != null && editingId != null;) {
			if (above.equals(editingId)) {
				errors.rejectValue("parentId", "orgUnit.validation.parentBelow");
				return;
			}
			above = this.units.findById(above).map(OrganisationUnit::getParentId).orElse(null);
		}
	}

	/** Open cases of the unit and every unit below it, by unit. */
	private Map<Long, Long> openCasesBelow(OrganisationUnit unit) {
		Map<Long, List<Long>> children = new HashMap<>();
		this.units.findAll()
			.stream()
			.filter((other) -> other.getParentId() != null)
			.forEach((other) -> children.computeIfAbsent(other.getParentId(), (key) -> new ArrayList<>())
				.add(other.getId()));
		List<Long> subtree = new ArrayList<>(List.of(unit.getId()));
		for (int i = 0; i < subtree.size(); i++) {
			subtree.addAll(children.getOrDefault(subtree.get(i), List.of()));
		}
		OpenCasesOfUnits counter = this.openCases.getIfAvailable();
		return (counter != null) ? new LinkedHashMap<>(counter.openCasesByUnit(subtree)) : Map.of();
	}

	private String code(Long unitId) {
		return (unitId != null) ? this.units.findById(unitId).map(OrganisationUnit::getCode).orElse(null) : null;
	}

	private OrganisationUnit current(long unitId, long version) {
		OrganisationUnit unit = load(unitId);
		if (unit.getVersion() != version || !unit.isOpen()) {
			throw new StaleEditException("Unit " + unit.getCode());
		}
		return unit;
	}

	private OrganisationUnit load(long unitId) {
		return this.units.findById(unitId).orElseThrow(() -> new NotFoundException("Organisation unit"));
	}

	private OrganisationUnit.UnitDetails details(OrgUnitForm form) {
		Map<Integer, Long> contacts = new HashMap<>();
		for (int tier = 2; tier <= 4; tier++) {
			String number = workNumber(form, tier);
			if (StringUtils.hasText(number)) {
				int key = tier;
				this.accounts.findByWorkNumber(number.strip()).ifPresent((staff) -> contacts.put(key, staff.getId()));
			}
		}
		return new OrganisationUnit.UnitDetails(form.getParentId(), form.getKind(), form.getNameZh().strip(),
				form.getNameEn().strip(), form.areaList(), contacts);
	}

	private static String workNumber(OrgUnitForm form, int tier) {
		return switch (tier) {
			case 2 -> form.getTier2WorkNumber();
			case 3 -> form.getTier3WorkNumber();
			default -> form.getTier4WorkNumber();
		};
	}

	private static long total(Map<Long, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	private static void walk(OrganisationUnit unit, int depth, Map<Long, List<OrganisationUnit>> children,
			List<OrgUnitView> tree) {
		tree.add(view(unit, depth, false));
		children.getOrDefault(unit.getId(), List.of())
			.stream()
			.sorted(Comparator.comparing((OrganisationUnit child) -> OrganisationUnit.KINDS.indexOf(child.getKind()))
				.thenComparing(OrganisationUnit::getCode))
			.forEach((child) -> walk(child, depth + 1, children, tree));
	}

	private static OrgUnitView view(OrganisationUnit unit, int depth, boolean withChanges) {
		List<OrgUnitView.Change> changes = withChanges ? unit.getChanges()
			.stream()
			.map((change) -> new OrgUnitView.Change(change.getChangedAt(), change.getChangedBy(), change.getField(),
					change.getOldValue(), change.getNewValue()))
			.toList() : List.of();
		return new OrgUnitView(unit.getId(), unit.getParentId(), unit.getCode(), unit.getKind(), unit.getNameZh(),
				unit.getNameEn(), unit.getClosedOn(), List.copyOf(unit.getAreas()), Map.copyOf(unit.getTierContacts()),
				depth, unit.getVersion(), changes);
	}

}
