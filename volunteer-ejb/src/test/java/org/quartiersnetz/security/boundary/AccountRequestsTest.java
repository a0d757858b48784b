package org.quartiersnetz.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The request records of the account endpoints: their rules, and that they keep secrets. */
class AccountRequestsTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();
    private static final String TOKEN = "Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9";

    private static List<String> invalid(Object request) {
        return VALIDATOR.validate(request).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .sorted()
                .collect(Collectors.toList());
    }

    @Test
    void aNewPasswordFollowsTheSignUpRule() {
        assertEquals(List.of(), invalid(new NewPassword(TOKEN, "ein-gutes-Passwort")));
        assertEquals(List.of("password"), invalid(new NewPassword(TOKEN, "kurz")));
        assertEquals(List.of("password"), invalid(new NewPassword(TOKEN, "x".repeat(129))));
        assertEquals(List.of("password", "token"), invalid(new NewPassword(" ", null)));
    }

    @Test
    void anEmailMustLookLikeOne() {
        assertEquals(List.of(), invalid(new EmailRequest("ayse@example.org")));
        assertEquals(List.of("email"), invalid(new EmailRequest("ayse@localhost")));
        assertEquals(List.of("email"), invalid(new EmailRequest("")));
        assertEquals(List.of("email"), invalid(new EmailRequest(null)));
        assertEquals(List.of("token"), invalid(new TokenRequest("")));
    }

    @Test
    void tokensAndPasswordsNeverAppearInTheirTextForm() {
        assertFalse(new NewPassword(TOKEN, "ein-gutes-Passwort").toString().contains("ein-gutes-Passwort"));
        assertFalse(new NewPassword(TOKEN, "ein-gutes-Passwort").toString().contains(TOKEN));
        assertFalse(new TokenRequest(TOKEN).toString().contains(TOKEN));
    }
}
