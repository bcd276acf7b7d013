package org.utilityportal.tariff;

import java.time.LocalDate;

/**
 * A published tariff version as the calculator needs it.
 *
 * @param versionId the version's id
 * @param effectiveFrom the first day its prices apply
 * @param documentNumber the approving price document, e.g. 京发改〔2024〕12号
 * @param structure the prices
 */
public record PricedVersion(long versionId, LocalDate effectiveFrom, String documentNumber, TariffStructure structure) {

}
