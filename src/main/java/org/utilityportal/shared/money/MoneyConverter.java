package org.utilityportal.shared.money;

import java.math.BigDecimal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores {@link Money} in a {@code numeric(12, 2)} column of a JPA entity, and reads it
 * back with its two decimals.
 */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, BigDecimal> {

	@Override
	public BigDecimal convertToDatabaseColumn(Money money) {
		return (money != null) ? money.amount() : null;
	}

	@Override
	public Money convertToEntityAttribute(BigDecimal amount) {
		return (amount != null) ? new Money(amount) : null;
	}

}
