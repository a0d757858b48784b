package org.quartiersnetz.carrier.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.quartiersnetz.carrier.control.CarrierAccess;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.StaffMember;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.Constraints;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.boundary.AccountService;
import org.quartiersnetz.security.boundary.PasswordResetService;
import org.quartiersnetz.security.control.AccountSettings;
import org.quartiersnetz.security.control.AccountTokens;
import org.quartiersnetz.security.control.PasswordHashing;
import org.quartiersnetz.security.control.Tokens;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.TokenPurpose;
import org.quartiersnetz.security.entity.UserAccount;

/**
 * Staff accounts: administrators invite people by e-mail (they set their own password through
 * the link), change roles and disable accounts of people who left; staff see their colleagues.
 */
@Stateless
public class StaffService {

    static final String TEMPLATE = "mail.staffInvitation";
    static final String EMAIL_TAKEN = "volunteer.signup.emailTaken";
    static final String NOT_STAFF = "staff.role.notStaff";
    static final String CARRIER_REQUIRED = "staff.carrier.required";
    static final String UNKNOWN = "staff.unknown";
    static final String NOT_YOURSELF = "staff.notYourself";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CarrierService carriers;

    @Inject
    CarrierAccess access;

    @Inject
    AccountService accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    AccountSettings settings;

    @Inject
    PasswordHashing passwordHashing;

    /** Administrators and network coordinators see all staff, others their own carrier's. */
    public List<StaffMember> list(@NotNull Caller caller) {
        if (access.seesAllStaff(caller)) {
            return em.createNamedQuery(StaffMember.FIND_ALL, StaffMember.class).getResultList();
        } else if (caller.carrierId() == null) {
            return List.of();
        }
        return em.createNamedQuery(StaffMember.FIND_BY_CARRIER, StaffMember.class)
                .setParameter("carrier", em.getReference(Carrier.class, caller.carrierId()))
                .getResultList();
    }

    /**
     * Creates the account (without a usable password) and queues the invitation mail with a link
     * to set one, valid for a week (configurable), all in one transaction.
     */
    public StaffMember invite(@NotNull @Valid StaffInvitation invitation) {
        if (accounts.findByEmail(invitation.getEmail()).isPresent()) {
            throw ConflictException.onField("email", EMAIL_TAKEN);
        }
        Carrier carrier = carrierFor(invitation);
        Instant now = clock.instant();
        UserAccount account = UserAccount.unconfirmed(
                invitation.getEmail(),
                passwordHashing.hash(Tokens.newToken()),
                invitation.getRole(),
                invitation.getLanguage() == null ? "de" : invitation.getLanguage(),
                now);
        account.changeRole(invitation.getRole(), carrier);
        StaffMember member = new StaffMember(account, invitation.getFirstName(), invitation.getLastName());
        Constraints.persistUnique(em, "email", EMAIL_TAKEN, account, member);
        tokens.mailLink(
                account,
                TokenPurpose.PASSWORD_RESET,
                settings.invitationValidity(),
                TEMPLATE,
                PasswordResetService.PAGE,
                settings.invitationValidity().toDays());
        return member;
    }

    /** Name, role, carrier and whether the account may sign in; the e-mail address stays. */
    public StaffMember change(@NotNull Caller caller, long id, @NotNull @Valid StaffInvitation change) {
        StaffMember member = em.find(StaffMember.class, id);
        if (member == null) {
            throw new NotFoundException(UNKNOWN);
        }
        UserAccount account = member.getAccount();
        if (account.getId() == caller.accountId() && (change.isDisabled() || change.getRole() != account.getRole())) {
            throw new ConflictException(NOT_YOURSELF);
        }
        member.rename(change.getFirstName(), change.getLastName());
        account.changeRole(change.getRole(), carrierFor(change));
        account.setDisabled(change.isDisabled(), clock.instant());
        return member;
    }

    private Carrier carrierFor(StaffInvitation invitation) {
        Role role = invitation.getRole();
        if (role == Role.VOLUNTEER) {
            throw InvalidInputException.onField("role", NOT_STAFF);
        } else if (role == Role.SUPERVISOR && invitation.getCarrier() == null) {
            // an external supervisor engaged by the network office belongs to no carrier
            return null;
        } else if (role != Role.CARRIER_STAFF && role != Role.CARRIER_COORDINATOR && role != Role.SUPERVISOR) {
            return null;
        } else if (invitation.getCarrier() == null) {
            throw InvalidInputException.onField("carrier", CARRIER_REQUIRED);
        }
        return carriers.findByCode(invitation.getCarrier())
                .orElseThrow(() -> InvalidInputException.onField("carrier", CarrierService.UNKNOWN));
    }
}
