package org.utilityportal.settings.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Settings changed from their defaults. */
public interface StoredSettingRepository extends JpaRepository<StoredSetting, String> {

}
