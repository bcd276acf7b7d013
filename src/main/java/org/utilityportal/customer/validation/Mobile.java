package org.utilityportal.customer.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.utilityportal.customer.MobileNumbers;

/**
 * A mainland mobile number; blank passes (combine with {@code @NotBlank} when required).
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Mobile.Validator.class)
public @interface Mobile {

	String message() default "{validation.mobile}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the number with {@link MobileNumbers#isValid(String)}. */
	class Validator implements ConstraintValidator<Mobile, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || MobileNumbers.isValid(value);
		}

	}

}
