package org.utilityportal.identity.internal;

import java.time.Instant;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One recorded change to a member of staff or a unit, owned by its aggregate: who, when,
 * which field, old and new value (cut to 400 characters). Never changed or deleted.
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
abstract class RecordedChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant changedAt;

	private String changedBy;

	private String field;

	private String oldValue;

	private String newValue;

	RecordedChange(Instant at, String by, FieldChange change) {
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
