package org.quartiersnetz.volunteer.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.CarrierKind;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.Constraints;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.InvalidStateException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.control.Page;
import org.quartiersnetz.common.control.VolunteerChanged;
import org.quartiersnetz.privacy.boundary.PrivacyNoticeService;
import org.quartiersnetz.security.boundary.AccountService;
import org.quartiersnetz.security.boundary.EmailConfirmationService;
import org.quartiersnetz.security.control.PasswordHashing;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.task.entity.TaskType;
import org.quartiersnetz.volunteer.control.VolunteerAccess;
import org.quartiersnetz.volunteer.control.VolunteerSearch;
import org.quartiersnetz.volunteer.entity.StatusChange;
import org.quartiersnetz.volunteer.entity.Volunteer;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/** Signs volunteers up, keeps their profiles and moves them through their lifecycle. */
@Stateless
public class VolunteerService {

    static final String EMAIL_TAKEN = "volunteer.signup.emailTaken";
    static final String NOTICE_OUTDATED = "volunteer.signup.privacyNoticeOutdated";
    static final String UNKNOWN_TASK_TYPE = "volunteer.profile.unknownTaskType";
    static final String UNKNOWN_CARRIER = "volunteer.profile.unknownCarrier";
    static final String PERIOD_REVERSED = "volunteer.profile.periodReversed";
    static final String STEP_NOT_ALLOWED = "volunteer.status.notAllowed";
    static final String REASON_REQUIRED = "volunteer.status.reasonRequired";
    static final String NOT_FLAGGED = "volunteer.duplicate.notFlagged";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<VolunteerChanged> changed;

    @Inject
    Event<VolunteerLeft> left;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AccountService accounts;

    @Inject
    PrivacyNoticeService privacyNotices;

    @Inject
    VolunteerAccess access;

    @Inject
    VolunteerSearch search;

    @Inject
    EmailConfirmationService confirmations;

    /**
     * Creates the account, the volunteer and the confirmation mail in one transaction: either
     * all are stored or, on any error, nothing. The account may sign in once the address is
     * confirmed; mails go out in the language of the sign-up. A volunteer with the same last name
     * and phone number as an existing one is flagged for staff to look at.
     */
    public Volunteer signUp(@NotNull @Valid SignUp signUp, @NotNull Locale language) {
        // hashed first, before this transaction takes a database connection: hashing may wait for its turn
        String passwordHash = passwordHashing.hash(signUp.getPassword());
        int currentNotice = privacyNotices.getCurrent().getVersion();
        if (signUp.getPrivacyNoticeVersion() != currentNotice) {
            throw InvalidInputException.onField("privacyNoticeVersion", NOTICE_OUTDATED, currentNotice);
        }
        if (accounts.findByEmail(signUp.getEmail()).isPresent()) {
            throw ConflictException.onField("email", EMAIL_TAKEN);
        }
        Instant now = clock.instant();
        UserAccount account =
                UserAccount.unconfirmed(signUp.getEmail(), passwordHash, Role.VOLUNTEER, language.getLanguage(), now);
        Volunteer volunteer = new Volunteer(
                account,
                signUp.getFirstName(),
                signUp.getLastName(),
                signUp.getPhone(),
                signUp.getLanguages(),
                currentNotice,
                now);
        Constraints.persistUnique(em, "email", EMAIL_TAKEN, account, volunteer);
        flagIfDuplicate(volunteer);
        confirmations.sendConfirmation(account);
        return volunteer;
    }

    /** The volunteer who signs in with this address; empty for staff accounts. */
    public Optional<Volunteer> findByEmail(String email) {
        return em.createNamedQuery(Volunteer.FIND_BY_EMAIL, Volunteer.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    public Volunteer getByEmail(String email) {
        return findByEmail(email).orElseThrow(() -> new NotFoundException("volunteer.notFound"));
    }

    /** The caller's own volunteer record (a volunteer's account). */
    public Volunteer getOwn(@NotNull Caller caller) {
        return getByEmail(caller.email());
    }

    /** One volunteer, if the caller may see them; otherwise as if there were none. */
    public Volunteer get(@NotNull Caller caller, long id) {
        return access.requireVisible(caller, em.find(Volunteer.class, id));
    }

    /** A page of the volunteers the caller may see, filtered and sorted in the database. */
    public Page<Volunteer> search(@NotNull Caller caller, @NotNull @Valid VolunteerFilter filter) {
        return search.search(em, caller, filter);
    }

    /**
     * The whole profile, by the volunteer or by staff on their behalf. A carrier's staff change
     * only their own carrier among the chosen ones, and not the consent to the shared pool: those
     * are the volunteer's choices towards the other carriers.
     */
    public Volunteer updateProfile(@NotNull Caller caller, long id, @NotNull @Valid Profile profile) {
        Volunteer volunteer = get(caller, id);
        if (caller.isCarrierStaff()) {
            keepOtherCarriersChoices(caller, volunteer, profile);
        }
        apply(profile, volunteer);
        em.flush();
        changed.fire(new VolunteerChanged(volunteer.getId()));
        return volunteer;
    }

    /**
     * Moves a volunteer one step on: staff along the whole lifecycle, a volunteer on their own only
     * to pause, to come back from a pause, or to leave. Leaving needs a reason.
     */
    public Volunteer changeStatus(
            @NotNull Caller caller,
            long id,
            @NotNull VolunteerStatus to,
            @Size(max = StatusChange.REASON_LENGTH) String reason) {
        Volunteer volunteer = get(caller, id);
        VolunteerStatus from = volunteer.getStatus();
        Set<VolunteerStatus> allowed = caller.is(Role.VOLUNTEER) ? from.nextBySelf() : from.next();
        if (!volunteer.isWelcomed()) {
            // imported and not yet accepted the privacy notice: nothing but leaving until they do
            allowed = allowed.contains(VolunteerStatus.LEFT) ? Set.of(VolunteerStatus.LEFT) : Set.of();
        }
        if (!allowed.contains(to)) {
            throw InvalidStateException.notAllowed(STEP_NOT_ALLOWED, allowed, from, to);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (from.requiresReason(to) && why == null) {
            throw InvalidInputException.onField("reason", REASON_REQUIRED);
        }
        Carrier carrier = caller.carrierId() == null ? null : em.getReference(Carrier.class, caller.carrierId());
        em.persist(volunteer.changeStatus(
                to, clock.instant(), em.getReference(UserAccount.class, caller.accountId()), carrier, why));
        if (to == VolunteerStatus.LEFT) {
            left.fire(new VolunteerLeft(id, caller.accountId(), why));
        }
        changed.fire(new VolunteerChanged(id));
        return volunteer;
    }

    /**
     * Settles a possible duplicate: dismiss the flag, or merge the duplicate into the volunteer it
     * resembles (the caller must see both). The merged duplicate leaves, with the reason recorded,
     * and its account is disabled, so the person signs in with the original one.
     */
    public Volunteer resolveDuplicate(@NotNull Caller caller, long id, @NotNull DuplicateResolution resolution) {
        Volunteer duplicate = get(caller, id);
        if (duplicate.getPossibleDuplicateOf() == null) {
            throw new InvalidStateException(NOT_FLAGGED);
        }
        if (resolution == DuplicateResolution.DISMISS) {
            duplicate.flagPossibleDuplicateOf(null);
            return duplicate;
        }
        Volunteer original = get(caller, duplicate.getPossibleDuplicateOf());
        Instant now = clock.instant();
        original.absorb(duplicate, now);
        duplicate.flagPossibleDuplicateOf(null);
        if (duplicate.getStatus() != VolunteerStatus.LEFT) {
            Carrier carrier = caller.carrierId() == null ? null : em.getReference(Carrier.class, caller.carrierId());
            em.persist(duplicate.changeStatus(
                    VolunteerStatus.LEFT,
                    now,
                    em.getReference(UserAccount.class, caller.accountId()),
                    carrier,
                    "Duplikat von #" + original.getId()));
            left.fire(new VolunteerLeft(id, caller.accountId(), "Duplikat von #" + original.getId()));
        }
        duplicate.getAccount().setDisabled(true, now);
        changed.fire(new VolunteerChanged(original.getId()));
        changed.fire(new VolunteerChanged(duplicate.getId()));
        return original;
    }

    public List<StatusChange> history(@NotNull Caller caller, long id) {
        return em.createNamedQuery(StatusChange.FIND_BY_VOLUNTEER, StatusChange.class)
                .setParameter("volunteer", get(caller, id))
                .getResultList();
    }

    private void keepOtherCarriersChoices(Caller caller, Volunteer volunteer, Profile profile) {
        String own = em.find(Carrier.class, caller.carrierId()).getCode();
        Set<String> carriers = new TreeSet<>(volunteer.getCarrierCodes());
        carriers.remove(own);
        if (profile.getCarriers().contains(own)) {
            carriers.add(own);
        }
        profile.setCarriers(new ArrayList<>(carriers));
        profile.setSharedPool(volunteer.isSharedPool());
    }

    private void apply(Profile profile, Volunteer volunteer) {
        if (profile.getAvailableFrom() != null
                && profile.getAvailableUntil() != null
                && profile.getAvailableUntil().isBefore(profile.getAvailableFrom())) {
            throw InvalidInputException.onField("availableUntil", PERIOD_REVERSED);
        }
        volunteer.setName(profile.getFirstName(), profile.getLastName());
        volunteer.setPhone(profile.getPhone());
        volunteer.setLanguages(profile.getLanguageLevels());
        volunteer.setSkills(profile.getSkills());
        volunteer.setTags(profile.getTags());
        volunteer.setAvailability(profile.getAvailability());
        volunteer.setInterests(taskTypes(profile.getInterests()));
        volunteer.setCarriers(carriers(profile.getCarriers()));
        volunteer.setPlace(profile.getPostcode(), profile.getArea());
        volunteer.setBirthDate(profile.getBirthDate());
        volunteer.setCapacity(profile.getMaxHoursPerWeek(), profile.getAvailableFrom(), profile.getAvailableUntil());
        volunteer.setSharedPool(profile.isSharedPool(), clock.instant());
        volunteer.setGroupMail(profile.isGroupMail());
    }

    private List<TaskType> taskTypes(List<String> codes) {
        Set<String> wanted = new HashSet<>(codes);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<TaskType> found = em.createNamedQuery(TaskType.FIND_BY_CODES, TaskType.class)
                .setParameter("codes", wanted)
                .getResultList();
        if (found.size() != wanted.size()) {
            throw InvalidInputException.onField(
                    "interests",
                    UNKNOWN_TASK_TYPE,
                    missing(wanted, found.stream().map(TaskType::getCode).collect(Collectors.toSet())));
        }
        return found;
    }

    private List<Carrier> carriers(List<String> codes) {
        Set<String> wanted = new HashSet<>(codes);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Carrier> found = em
                .createNamedQuery(Carrier.FIND_BY_CODES, Carrier.class)
                .setParameter("codes", wanted)
                .getResultList()
                .stream()
                .filter(c -> c.getKind() == CarrierKind.FREE_CARRIER)
                .toList();
        if (found.size() != wanted.size()) {
            throw InvalidInputException.onField(
                    "carriers",
                    UNKNOWN_CARRIER,
                    missing(wanted, found.stream().map(Carrier::getCode).collect(Collectors.toSet())));
        }
        return found;
    }

    private static String missing(Set<String> wanted, Set<String> found) {
        return wanted.stream().filter(code -> !found.contains(code)).sorted().collect(Collectors.joining(", "));
    }

    private void flagIfDuplicate(Volunteer volunteer) {
        if (volunteer.getPhoneDigits() == null) {
            return;
        }
        em.createNamedQuery(Volunteer.FIND_SIMILAR, Volunteer.class)
                .setParameter("id", volunteer.getId())
                .setParameter("phoneDigits", volunteer.getPhoneDigits())
                .setParameter("lastName", volunteer.getLastName().toLowerCase(Locale.ROOT))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresent(other -> volunteer.flagPossibleDuplicateOf(other.getId()));
    }
}
