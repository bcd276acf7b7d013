package org.utilityportal.casework.internal.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.utilityportal.calendar.WorkingCalendars;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.StaffPlacement;
import org.utilityportal.identity.SyntheticOrganisation;

/**
 * The teams and staff generated cases are spread over: the organisation units and staff
 * in the database, completed by identity's {@link SyntheticOrganisation} when it has
 * fewer than {@value #ENOUGH_TEAMS} teams.
 */
@Component
// Synthetic data is for demonstrations and benchmarks: it exists only with demo data on.
@ConditionalOnBooleanProperty("portal.demo-data.active")
@RequiredArgsConstructor
class Teams {

	static final int ENOUGH_TEAMS = 8;

	private static final Set<String> HANDLING = Set.of("COUNTER", "DISTRICT", "STATION");

	private final SyntheticOrganisation synthetic;

	private final OrgUnits orgUnits;

	private final WorkingCalendars calendars;

	/**
	 * A team that can own or handle cases.
	 *
	 * @param id org unit id
	 * @param kind org unit kind
	 * @param name its Chinese name
	 * @param calendarId the working calendar its clocks count on
	 * @param staff its staff (clerks and supervisors)
	 */
	record Team(long id, String kind, String name, long calendarId, List<Staff> staff) {
	}

	/**
	 * A member of staff.
	 *
	 * @param id user account id
	 * @param username sign-in name
	 * @param name display name
	 * @param workNumber work number
	 */
	record Staff(long id, String username, String name, String workNumber) {
	}

	/**
	 * The teams, from the database.
	 *
	 * @param halls service halls with clerks: they register cases and own them
	 * @param handlers every team that handles the substance (halls, districts, stations)
	 */
	record Organisation(List<Team> halls, List<Team> handlers) {
	}

	/** Adds the synthetic organisation if needed, then reads the teams. */
	Organisation ensure() {
		this.synthetic.ensure(ENOUGH_TEAMS);
		Map<Long, List<Staff>> staff = this.synthetic.placedStaff()
			.stream()
			.collect(Collectors.groupingBy(StaffPlacement::orgUnitId,
					Collectors.mapping(
							(member) -> new Staff(member.id(), member.username(), member.name(), member.workNumber()),
							Collectors.toList())));
		List<Team> halls = new ArrayList<>();
		List<Team> handlers = new ArrayList<>();
		List<OrgUnit> units = this.orgUnits.all()
			.stream()
			.filter((unit) -> HANDLING.contains(unit.kind()))
			.sorted(Comparator.comparingLong(OrgUnit::id))
			.toList();
		for (OrgUnit unit : units) {
			Team team = new Team(unit.id(), unit.kind(), unit.nameZh(), this.calendars.idForOrgUnit(unit.id()),
					staff.getOrDefault(unit.id(), List.of()));
			handlers.add(team);
			if ("COUNTER".equals(team.kind()) && !team.staff().isEmpty()) {
				halls.add(team);
			}
		}
		if (halls.isEmpty()) {
			throw new IllegalStateException("No service hall with staff to register generated cases");
		}
		return new Organisation(halls, handlers);
	}

}
