package org.utilityportal.settings.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One change of a setting: who, when, old and new value. */
@Entity
@Table(name = "setting_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SettingChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "key", insertable = false, updatable = false)
	private String key;

	private Instant changedAt;

	private String changedBy;

	private String oldValue;

	private String newValue;

	SettingChange(String key, Instant at, String by, String oldValue, String newValue) {
		this.key = key;
		this.changedAt = at;
		this.changedBy = by;
		this.oldValue = oldValue;
		this.newValue = newValue;
	}

}
