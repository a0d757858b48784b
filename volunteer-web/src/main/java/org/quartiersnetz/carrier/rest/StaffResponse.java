package org.quartiersnetz.carrier.rest;

import org.quartiersnetz.carrier.entity.StaffMember;
import org.quartiersnetz.security.entity.Role;

/** A member of staff: person, role, carrier, and whether they have set their password yet. */
public record StaffResponse(
        long id,
        String email,
        String firstName,
        String lastName,
        Role role,
        String carrier,
        boolean invitationPending,
        boolean disabled) {

    static StaffResponse of(StaffMember s) {
        var account = s.getAccount();
        return new StaffResponse(
                s.getId(),
                account.getEmail(),
                s.getFirstName(),
                s.getLastName(),
                account.getRole(),
                account.getCarrier() == null ? null : account.getCarrier().getCode(),
                !account.isEmailConfirmed(),
                account.isDisabled());
    }
}
