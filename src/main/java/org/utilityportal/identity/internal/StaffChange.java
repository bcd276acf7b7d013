package org.utilityportal.identity.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One recorded change to a member of staff, owned by their {@link UserAccount}; never
 * changed or deleted.
 */
@Entity
@Table(name = "staff_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class StaffChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant changedAt;

	private String changedBy;

	private String field;

	private String oldValue;

	private String newValue;

	StaffChange(Instant at, String by, FieldChange change) {
		this.changedAt = at;
		this.changedBy = by;
		this.field = change.field();
		this.oldValue = cut(change.oldValue());
		this.newValue = cut(change.newValue());
	}

	private static String cut(String value) {
		return (value != null && value.length() > 400) ? value.substring(0, 400) : value;
	}

}
