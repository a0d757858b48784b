package org.quartiersnetz.volunteer.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.quartiersnetz.common.entity.LanguageCode;
import org.quartiersnetz.security.entity.EmailAddress;
import org.quartiersnetz.security.entity.Password;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * What a person gives when signing up, from the page or the API. A mutable bean rather than a
 * record so that the sign-up page binds to it and both channels validate with these same rules.
 */
public class SignUp {

    @NotBlank
    @Size(max = Volunteer.NAME_LENGTH)
    private String firstName;

    @NotBlank
    @Size(max = Volunteer.NAME_LENGTH)
    private String lastName;

    @EmailAddress
    private String email;

    @Password
    private String password;

    @Pattern(regexp = "|" + Volunteer.PHONE_PATTERN)
    @Size(max = Volunteer.PHONE_LENGTH)
    private String phone;

    @NotEmpty
    @Size(max = Volunteer.MAX_LANGUAGES)
    private List<@NotNull @LanguageCode String> languages = new ArrayList<>();

    @NotNull
    private Integer privacyNoticeVersion;

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = strip(firstName);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = strip(lastName);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = strip(email);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = strip(phone);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public Integer getPrivacyNoticeVersion() {
        return privacyNoticeVersion;
    }

    public void setPrivacyNoticeVersion(Integer privacyNoticeVersion) {
        this.privacyNoticeVersion = privacyNoticeVersion;
    }

    /** Phones add blanks when they autocomplete; they are never meant. */
    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    @Override
    public String toString() {
        return "SignUp[email=" + email + "]";
    }
}
