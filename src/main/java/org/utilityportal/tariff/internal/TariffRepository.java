package org.utilityportal.tariff.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;

/** Tariffs as aggregates (their versions are written by {@link TariffStore}). */
public interface TariffRepository extends JpaRepository<Tariff, Long> {

	boolean existsByUtilityAndCategory(Utility utility, TariffCategory category);

}
