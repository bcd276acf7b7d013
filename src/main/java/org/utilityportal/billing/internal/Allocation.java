package org.utilityportal.billing.internal;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Unit;

/**
 * The part of a payment that went to one bill, with the units of that bill's consumption
 * the money paid for.
 *
 * @param billId the bill
 * @param amount the money
 * @param units the units it paid for (3 decimals), {@code null} for a bill without
 * consumption
 * @param unit kWh or m³
 */
@Embeddable
public record Allocation(long billId, Money amount, BigDecimal units, @Enumerated(EnumType.STRING) Unit unit) {

}
