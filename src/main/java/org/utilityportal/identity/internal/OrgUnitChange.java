package org.utilityportal.identity.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/** One recorded change to a unit, owned by its {@link OrganisationUnit}. */
@Entity
@Table(name = "org_unit_change")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class OrgUnitChange extends RecordedChange {

	OrgUnitChange(Instant at, String by, FieldChange change) {
		super(at, by, change);
	}

}
