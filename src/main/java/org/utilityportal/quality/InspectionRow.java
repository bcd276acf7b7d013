package org.utilityportal.quality;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An inspection in a list.
 *
 * @param id its id
 * @param kind what was inspected
 * @param inspected the person inspected (name and work number)
 * @param unit their unit
 * @param subject what was inspected
 * @param status where it stands
 * @param percent the result, or {@code null}
 * @param createdAt when it was opened
 */
public record InspectionRow(long id, InspectionKind kind, String inspected, String unit, String subject,
		InspectionStatus status, BigDecimal percent, Instant createdAt) {

}
