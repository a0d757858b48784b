package org.quartiersnetz.carrier.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.StaffMember;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.UserAccount;

/**
 * A member of staff an administrator invites: the person, their role and (for carrier roles) the
 * carrier. They get an e-mail to set their own password.
 */
public record StaffInvitation(
        @NotBlank @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @Size(max = UserAccount.EMAIL_LENGTH) String email,
        @NotBlank @Size(max = StaffMember.NAME_LENGTH) String firstName,
        @NotBlank @Size(max = StaffMember.NAME_LENGTH) String lastName,
        @NotNull Role role,
        @Size(max = Carrier.CODE_LENGTH) String carrier,
        @Size(max = 2) String language) {
}
