package org.utilityportal.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.utilityportal.identity.internal.StaffQueries;

/** Looks up members of staff for other modules: names, work numbers, manager grades. */
@Service
@RequiredArgsConstructor
public class StaffDirectory {

	private final StaffQueries staff;

	/** Enabled staff with a manager grade, most senior first, then by name. */
	public List<StaffMember> accountManagers() {
		return this.staff.accountManagers();
	}

	/** The staff with these ids, in one query; unknown ids and customers are left out. */
	public Map<Long, StaffMember> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.staff.byIds(ids).stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
	}

	/** The user account id of a member of staff by sign-in name (case-insensitive). */
	public Optional<Long> idOfUsername(String username) {
		return this.staff.idOfUsername(username.trim().toLowerCase(Locale.ROOT));
	}

}
