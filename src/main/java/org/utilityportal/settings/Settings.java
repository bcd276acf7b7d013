package org.utilityportal.settings;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.settings.internal.StoredSetting;
import org.utilityportal.settings.internal.StoredSettingRepository;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * The configurable defaults in force. A value is read from the database on every use (a
 * primary-key lookup), so a change made on one instance holds on every instance at once,
 * without a restart; a setting never changed has the value of its configuration property.
 */
@Service
@RequiredArgsConstructor
public class Settings {

	private final StoredSettingRepository stored;

	private final Environment environment;

	private final Clock clock;

	/** The value in force, as a number (yuan with 2 decimals, or a whole number). */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public BigDecimal number(Setting setting) {
		return new BigDecimal(value(setting));
	}

	/** The value in force, as a whole number (days, months, counts). */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public int whole(Setting setting) {
		return number(setting).intValueExact();
	}

	/** Every setting with its value, default and changes. */
	@Transactional(readOnly = true)
	public List<SettingView> all() {
		return Arrays.stream(Setting.values()).map(this::view).toList();
	}

	/**
	 * Changes a setting from the version read.
	 * @return the message key of the refusal (not a valid value), or {@code null} when
	 * saved (or unchanged)
	 * @throws StaleEditException when someone changed it meanwhile
	 */
	@Transactional
	public String change(Setting setting, String text, long version, PortalPrincipal admin) {
		var value = setting.normalise(text);
		if (value.isEmpty()) {
			return "setting.invalid." + setting.kind();
		}
		StoredSetting current = this.stored.findById(setting.name())
			.orElseGet(() -> new StoredSetting(setting.name(), defaultValue(setting)));
		long currentVersion = (current.getVersion() != null) ? current.getVersion() + 1 : 0;
		if (currentVersion != version) {
			throw new StaleEditException("Setting " + setting);
		}
		if (current.change(value.get(), admin.username(), this.clock.instant())) {
			this.stored.saveAndFlush(current);
		}
		return null;
	}

	private String value(Setting setting) {
		return this.stored.findById(setting.name()).map(StoredSetting::getValue).orElseGet(() -> defaultValue(setting));
	}

	private String defaultValue(Setting setting) {
		String configured = this.environment.getProperty(setting.property(), setting.fallback());
		return setting.normalise(configured)
			.orElseThrow(() -> new IllegalStateException(setting.property() + " is not a valid value: " + configured));
	}

	private SettingView view(Setting setting) {
		var current = this.stored.findById(setting.name());
		List<SettingView.Change> changes = current
			.map((stored) -> stored.getChanges()
				.stream()
				.map((change) -> new SettingView.Change(change.getChangedAt(), change.getChangedBy(),
						change.getOldValue(), change.getNewValue()))
				.toList())
			.orElse(List.of());
		return new SettingView(setting, current.map(StoredSetting::getValue).orElseGet(() -> defaultValue(setting)),
				defaultValue(setting), current.map((stored) -> stored.getVersion() + 1).orElse(0L), changes);
	}

}
