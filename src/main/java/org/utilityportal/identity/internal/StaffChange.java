package org.utilityportal.identity.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/** One recorded change to a member of staff, owned by their {@link UserAccount}. */
@Entity
@Table(name = "staff_change")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class StaffChange extends RecordedChange {

	StaffChange(Instant at, String by, FieldChange change) {
		super(at, by, change);
	}

}
