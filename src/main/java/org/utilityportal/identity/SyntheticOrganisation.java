package org.utilityportal.identity;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.identity.internal.SyntheticOrganisationWriter;

/**
 * The organisation that generated data (load tests, benchmarks) is spread over: the units
 * and staff in the database and, when there are few teams, a synthetic organisation under
 * the head office (codes {@code GEN-…}): three customer-service centres with three
 * district offices each, every district with two service halls and a repair station, four
 * clerks per hall, three per station, a supervisor per district and per centre. Its staff
 * accounts are disabled with a password nobody knows: they stand for the people who
 * handled old cases, and nobody can sign in with them.
 */
@Service
@RequiredArgsConstructor
public class SyntheticOrganisation {

	private final SyntheticOrganisationWriter writer;

	/**
	 * Adds the synthetic organisation when there are fewer than {@code enoughTeams} teams
	 * (service halls, district offices, repair stations); nothing otherwise.
	 */
	@Transactional
	public void ensure(int enoughTeams) {
		if (this.writer.teams() < enoughTeams) {
			this.writer.create();
		}
	}

	/**
	 * Counter staff and supervisors placed in a unit, by id, including disabled accounts
	 * (the generated staff are disabled).
	 */
	@Transactional(readOnly = true)
	public List<StaffPlacement> placedStaff() {
		return this.writer.placedStaff();
	}

}
