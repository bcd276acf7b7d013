package org.utilityportal.settings.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A setting an administrator changed from its default, with every change it went through
 * ({@link SettingChange}, never changed or deleted).
 */
@Entity
@Table(name = "setting")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class StoredSetting {

	@Id
	private String key;

	private String value;

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private Long version;

	@OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
	@JoinColumn(name = "key", referencedColumnName = "key", nullable = false, updatable = false)
	@OrderBy("changedAt desc, id desc")
	private List<SettingChange> changes = new ArrayList<>();

	/** A setting leaving its default for the first time. */
	public StoredSetting(String key, String defaultValue) {
		this.key = key;
		this.value = defaultValue;
	}

	/**
	 * Sets a new value and records the change.
	 * @return whether it changed (the same value again records nothing)
	 */
	public boolean change(String newValue, String by, Instant at) {
		if (newValue.equals(this.value)) {
			return false;
		}
		this.changes.add(new SettingChange(this.key, at, by, this.value, newValue));
		this.value = newValue;
		this.updatedBy = by;
		this.updatedAt = at;
		return true;
	}

}
