package org.quartiersnetz.common.entity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The end of a span comes after its start (a time of day) or not before it (a period of dates).
 * The error is reported on the end's field, so a form shows it there.
 */
@Documented
@Constraint(validatedBy = Chronological.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface Chronological {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Something with a start and an end, either of which may be missing. */
    interface Span {

        /** True when both ends are given and the end comes too early. */
        boolean isReversed();

        /** The name of the end's field, e.g. "end" or "validUntil". */
        String endField();
    }

    class Validator implements ConstraintValidator<Chronological, Span> {

        @Override
        public boolean isValid(Span span, ConstraintValidatorContext context) {
            if (span == null || !span.isReversed()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(span.endField())
                    .addConstraintViolation();
            return false;
        }
    }
}
