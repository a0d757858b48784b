package org.quartiersnetz.security.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The one rule for an e-mail address a person types (sign-up, password reset): present, with a
 * domain that has a dot (Bean Validation's own rule accepts "name@host"), at most the length
 * of the account's column. The pattern lets an empty text pass, so that it is reported once,
 * as missing.
 */
@Documented
@NotBlank
@Email(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
@Size(max = UserAccount.EMAIL_LENGTH)
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface EmailAddress {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
