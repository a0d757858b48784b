package org.quartiersnetz.carrier.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.StaffMember;
import org.quartiersnetz.security.entity.EmailAddress;
import org.quartiersnetz.security.entity.Role;

/**
 * A member of staff an administrator invites, or changes: the person, their role and (for the
 * carriers' roles) the carrier. An invited person gets an e-mail to set their own password.
 */
public class StaffInvitation {

    @EmailAddress
    private String email;

    @NotBlank
    @Size(max = StaffMember.NAME_LENGTH)
    private String firstName;

    @NotBlank
    @Size(max = StaffMember.NAME_LENGTH)
    private String lastName;

    @NotNull
    private Role role;

    @Size(max = Carrier.CODE_LENGTH)
    private String carrier;

    @Pattern(regexp = "de|en")
    private String language;

    private boolean disabled;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName == null ? null : firstName.strip();
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName == null ? null : lastName.strip();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier == null || carrier.isBlank() ? null : carrier.strip();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** Only when changing: the account may no longer sign in. */
    public boolean isDisabled() {
        return disabled;
    }

    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }
}
