package org.quartiersnetz.volunteer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SignUpTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    static SignUp valid() {
        SignUp signUp = new SignUp();
        signUp.setFirstName("Ayşe");
        signUp.setLastName("Yılmaz");
        signUp.setEmail("ayse@example.org");
        signUp.setPassword("ein-gutes-Passwort");
        signUp.setPhone("+49 214 123456");
        signUp.setLanguages(List.of("tr", "de"));
        signUp.setPrivacyNoticeVersion(1);
        return signUp;
    }

    private static Set<String> invalidFields(SignUp signUp) {
        return VALIDATOR.validate(signUp).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aCompleteSignUpIsValid() {
        assertEquals(Set.of(), invalidFields(valid()));
    }

    @Test
    void blanksAroundTextAreDropped() {
        SignUp signUp = valid();
        signUp.setEmail("  ayse@example.org ");
        signUp.setFirstName(" Ayşe");
        assertEquals("ayse@example.org", signUp.getEmail());
        assertEquals("Ayşe", signUp.getFirstName());
    }

    @Test
    void eachRuleNamesItsField() {
        SignUp signUp = valid();
        signUp.setFirstName(" ");
        signUp.setEmail("no-address");
        signUp.setPassword("short");
        signUp.setPhone("call me");
        signUp.setLanguages(List.of("de", "xx"));
        signUp.setPrivacyNoticeVersion(null);
        assertEquals(
                Set.of(
                        "firstName",
                        "email",
                        "password",
                        "phone",
                        "languages[1].<list element>",
                        "privacyNoticeVersion"),
                invalidFields(signUp));
    }

    @Test
    void phoneIsOptionalButMustLookLikeANumber() {
        SignUp signUp = valid();
        signUp.setPhone("");
        assertTrue(invalidFields(signUp).isEmpty());
        signUp.setPhone("0214 / 55-01 (privat)");
        assertEquals(Set.of("phone"), invalidFields(signUp));
        signUp.setPhone("0214 / 55-01");
        assertTrue(invalidFields(signUp).isEmpty());
    }

    @Test
    void atLeastOneLanguageIsNeeded() {
        SignUp signUp = valid();
        signUp.setLanguages(List.of());
        assertEquals(Set.of("languages"), invalidFields(signUp));
    }

    @Test
    void thePasswordNeverAppearsInItsTextForm() {
        assertTrue(!valid().toString().contains("ein-gutes-Passwort"));
    }
}
