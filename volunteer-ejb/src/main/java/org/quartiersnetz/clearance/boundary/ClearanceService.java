package org.quartiersnetz.clearance.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.clearance.control.ClearanceAccess;
import org.quartiersnetz.clearance.control.ClearanceRules;
import org.quartiersnetz.clearance.control.ClearanceSettings;
import org.quartiersnetz.clearance.entity.ClearanceCheck;
import org.quartiersnetz.clearance.entity.ClearanceConsent;
import org.quartiersnetz.clearance.entity.ClearanceStatus;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.VolunteerChanged;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * §72a inspections: staff record them for volunteers they may see, carriers see each other's
 * only with the volunteer's consent, and {@link #status} tells other areas whether a volunteer
 * may be placed.
 */
@Stateless
public class ClearanceService {

    static final String IN_FUTURE = "clearance.inFuture";
    static final String ISSUED_AFTER_INSPECTION = "clearance.issuedAfterInspection";
    static final String TOO_OLD = "clearance.certificateTooOld";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<VolunteerChanged> changed;

    @Inject
    Clock clock;

    @Inject
    ClearanceAccess access;

    @Inject
    ClearanceSettings settings;

    @Inject
    VolunteerService volunteers;

    @Inject
    Event<ConvictionRecorded> convictions;

    /** Records an inspection by the caller on behalf of their carrier. */
    public ClearanceCheck record(@NotNull Caller caller, long volunteerId, @NotNull @Valid ClearanceInput input) {
        long carrierId = access.requireCarrier(caller);
        Volunteer volunteer = volunteers.get(caller, volunteerId);
        ClearanceRules rules = settings.rules();
        LocalDate today = today();
        LocalDate inspected = input.getInspectedOn();
        LocalDate issued = input.getCertificateIssuedOn();
        if (inspected.isAfter(today)) {
            throw InvalidInputException.onField("inspectedOn", IN_FUTURE);
        } else if (issued.isAfter(today)) {
            throw InvalidInputException.onField("certificateIssuedOn", IN_FUTURE);
        } else if (issued.isAfter(inspected)) {
            throw InvalidInputException.onField("certificateIssuedOn", ISSUED_AFTER_INSPECTION);
        } else if (rules.tooOld(issued, inspected)) {
            throw InvalidInputException.onField(
                    "certificateIssuedOn",
                    TOO_OLD,
                    rules.maxCertificateAge().toTotalMonths(),
                    inspected.minus(rules.maxCertificateAge()).toString());
        }
        ClearanceCheck check = new ClearanceCheck(
                volunteer,
                em.getReference(Carrier.class, carrierId),
                em.getReference(UserAccount.class, caller.accountId()),
                inspected,
                issued,
                input.getRelevantConviction(),
                rules.renewalDue(issued),
                clock.instant());
        em.persist(check);
        changed.fire(new VolunteerChanged(volunteer.getId()));
        if (check.isRelevantConviction()) {
            Set<Long> relying = hasConsent(volunteer.getId())
                    ? Set.copyOf(em.createQuery("SELECT c.id FROM Carrier c", Long.class)
                            .getResultList())
                    : Set.of(carrierId);
            convictions.fire(new ConvictionRecorded(volunteer.getId(), relying, caller.accountId()));
        }
        return check;
    }

    /** The inspections of a volunteer the caller's carrier may see, newest first; 404 for a volunteer out of sight. */
    public List<ClearanceCheck> visible(@NotNull Caller caller, long volunteerId) {
        long carrierId = access.requireCarrier(caller);
        volunteers.get(caller, volunteerId);
        return reliedOn(volunteerId, carrierId);
    }

    /** The caller's own inspections, by all carriers, newest first. */
    public List<ClearanceCheck> own(@NotNull Caller caller) {
        return checksOf(volunteers.getOwn(caller).getId());
    }

    public boolean ownConsent(@NotNull Caller caller) {
        return hasConsent(volunteers.getOwn(caller).getId());
    }

    /** Gives or withdraws the caller's consent that the other carriers see their inspections. */
    public boolean changeOwnConsent(@NotNull Caller caller, boolean consent) {
        Volunteer volunteer = volunteers.getOwn(caller);
        // two taps at once must not both insert the consent row
        em.lock(volunteer, LockModeType.PESSIMISTIC_WRITE);
        long volunteerId = volunteer.getId();
        ClearanceConsent given = em.find(ClearanceConsent.class, volunteerId);
        changed.fire(new VolunteerChanged(volunteerId));
        if (consent && given == null) {
            em.persist(new ClearanceConsent(volunteerId, clock.instant()));
        } else if (!consent && given != null) {
            em.remove(given);
        }
        return consent;
    }

    /**
     * Whether the carrier may let the volunteer take up a task needing clearance on that day, from
     * the inspections it may rely on (its own, and the other carriers' with the volunteer's consent):
     * CONVICTION if any shows a relevant conviction, VALID if one is not yet due for renewal on that
     * day, DUE if all are, MISSING if there are none. Checks no caller: for other areas' rules.
     */
    public ClearanceStatus status(long volunteerId, long carrierId, @NotNull LocalDate on) {
        return ClearanceRules.status(
                reliedOn(volunteerId, carrierId).stream()
                        .map(ClearanceService::facts)
                        .toList(),
                on);
    }

    /** {@link #status} for the caller's carrier, for a volunteer they may see; no day: today. */
    public ClearanceStatus status(@NotNull Caller caller, long volunteerId, LocalDate on) {
        long carrierId = access.requireCarrier(caller);
        volunteers.get(caller, volunteerId);
        return status(volunteerId, carrierId, on == null ? today() : on);
    }

    /**
     * Notes that the volunteer was active for the carrier on that day in a task needing clearance,
     * on every inspection the carrier relies on (so the §72a(5) clock restarts). The placement area
     * calls it when an activity is taken up and while it goes on; staff may record it over the API.
     */
    public int recordActivity(long volunteerId, long carrierId, @NotNull LocalDate on) {
        List<ClearanceCheck> checks = reliedOn(volunteerId, carrierId);
        checks.forEach(check -> check.recordActivity(on));
        return checks.size();
    }

    /** {@link #recordActivity} by staff for a volunteer they may see, on behalf of their carrier. */
    public int recordActivity(@NotNull Caller caller, long volunteerId, @NotNull LocalDate on) {
        long carrierId = access.requireCarrier(caller);
        volunteers.get(caller, volunteerId);
        if (on.isAfter(today())) {
            throw InvalidInputException.onField("on", IN_FUTURE);
        }
        return recordActivity(volunteerId, carrierId, on);
    }

    /** What the letter confirming the volunteer role for the caller's carrier says; 404 for a volunteer out of sight. */
    public LetterData letter(@NotNull Caller caller, long volunteerId) {
        long carrierId = access.requireCarrier(caller);
        Volunteer volunteer = volunteers.get(caller, volunteerId);
        return new LetterData(
                volunteer.getFirstName(),
                volunteer.getLastName(),
                volunteer.getBirthDate(),
                em.find(Carrier.class, carrierId).getName(),
                caller.email(),
                today());
    }

    /** The name of a volunteer the caller's carrier may see, for the heading of its clearance page. */
    public String volunteerName(@NotNull Caller caller, long volunteerId) {
        access.requireCarrier(caller);
        Volunteer volunteer = volunteers.get(caller, volunteerId);
        return volunteer.getName();
    }

    private List<ClearanceCheck> reliedOn(long volunteerId, long carrierId) {
        boolean consent = hasConsent(volunteerId);
        return checksOf(volunteerId).stream()
                .filter(c -> ClearanceAccess.visibleTo(carrierId, c, consent))
                .toList();
    }

    private List<ClearanceCheck> checksOf(long volunteerId) {
        return em.createNamedQuery(ClearanceCheck.FIND_BY_VOLUNTEER, ClearanceCheck.class)
                .setParameter("volunteer", volunteerId)
                .getResultList();
    }

    private boolean hasConsent(long volunteerId) {
        return em.find(ClearanceConsent.class, volunteerId) != null;
    }

    static ClearanceRules.Facts facts(ClearanceCheck check) {
        return new ClearanceRules.Facts(
                check.getInspectedOn(),
                check.getRenewalDueOn(),
                check.isRelevantConviction(),
                check.getLastActivityOn());
    }

    private LocalDate today() {
        return ClockProducer.today(clock);
    }
}
