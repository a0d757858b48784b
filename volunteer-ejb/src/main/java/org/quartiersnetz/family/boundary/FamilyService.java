package org.quartiersnetz.family.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.Constraints;
import org.quartiersnetz.common.control.Page;
import org.quartiersnetz.family.control.FamilyAccess;
import org.quartiersnetz.family.control.FamilyCodes;
import org.quartiersnetz.family.entity.AgeBand;
import org.quartiersnetz.family.entity.Family;
import org.quartiersnetz.family.entity.FamilyRead;
import org.quartiersnetz.family.entity.ReadPurpose;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.UserAccount;

/**
 * Pseudonymous families, kept by the staff of the owning carrier only. Every read of one family's
 * data leaves a {@link FamilyRead}; lists and choices carry only codes and are not audited.
 */
@Stateless
public class FamilyService {

    public static final int MAX_PAGE_SIZE = 100;
    static final String CODE_TAKEN = "family.codeTaken";
    static final String CODES_USED_UP = "family.codesUsedUp";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FamilyAccess access;

    public Family create(@NotNull Caller caller, @NotNull @Valid FamilyInput input) {
        long carrierId = access.requireCarrier(caller);
        String code =
                blank(input.getCode()) == null ? nextCode() : input.getCode().strip();
        Family family = new Family(
                em.getReference(Carrier.class, carrierId),
                code,
                languages(input),
                ageBands(input),
                blank(input.getNeeds()),
                clock.instant());
        Constraints.persistUnique(em, "code", CODE_TAKEN, family);
        return family;
    }

    /** Changes a family; a code left out keeps the old one. The answer shows the data, so it is audited. */
    public Family update(@NotNull Caller caller, long id, @NotNull @Valid FamilyInput input) {
        Family family = access.requireVisible(caller, em.find(Family.class, id));
        String code = blank(input.getCode()) == null
                ? family.getCode()
                : input.getCode().strip();
        family.update(code, languages(input), ageBands(input), blank(input.getNeeds()));
        Constraints.persistUnique(em, "code", CODE_TAKEN, family);
        audit(caller, family, ReadPurpose.EDIT);
        return family;
    }

    /** One family's data, to be shown: audited. */
    public Family get(@NotNull Caller caller, long id) {
        Family family = access.requireVisible(caller, em.find(Family.class, id));
        audit(caller, family, ReadPurpose.VIEW);
        return family;
    }

    /**
     * The family of a placement, shown to the volunteer placed with it (the placement area checked
     * that they hold the place): audited like every read by staff.
     */
    public Family forPlacedVolunteer(@NotNull Caller caller, long familyId) {
        Family family = em.find(Family.class, familyId);
        audit(caller, family, ReadPurpose.VIEW);
        return family;
    }

    /**
     * A family the caller may see, without reading its data (not audited): for linking it to a
     * task of the own carrier. Show its data only through {@link #get}.
     */
    public Optional<Family> findVisible(@NotNull Caller caller, long id) {
        Family family = em.find(Family.class, id);
        return access.canSee(caller, family) ? Optional.of(family) : Optional.empty();
    }

    /** {@link #findVisible}, or 404 for a family that does not exist or is another carrier's. */
    public Family requireVisible(@NotNull Caller caller, long id) {
        return access.requireVisible(caller, em.find(Family.class, id));
    }

    /** The own carrier's families as codes for a select (not audited: a code says nothing). */
    public List<FamilyChoice> choices(@NotNull Caller caller) {
        if (!caller.isCarrierStaff()) {
            return List.of();
        }
        return em
                .createNamedQuery(Family.CHOICES_BY_CARRIER, Object[].class)
                .setParameter("carrier", caller.carrierId())
                .getResultList()
                .stream()
                .map(row -> new FamilyChoice(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }

    /** A page of the own carrier's families, newest first; callers show only code and date of these. */
    public Page<Family> list(@NotNull Caller caller, @Min(0) int page, @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        long carrierId = access.requireCarrier(caller);
        List<Family> items = em.createNamedQuery(Family.FIND_BY_CARRIER, Family.class)
                .setParameter("carrier", carrierId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Family.COUNT_BY_CARRIER, Long.class)
                .setParameter("carrier", carrierId)
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** Who read a family when, newest first: the owning carrier's coordinators only. */
    public Page<FamilyRead> reads(
            @NotNull Caller caller, long id, @Min(0) int page, @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        Family family = access.requireAuditVisible(caller, em.find(Family.class, id));
        List<FamilyRead> items = em.createNamedQuery(FamilyRead.FIND_BY_FAMILY, FamilyRead.class)
                .setParameter("family", family)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(FamilyRead.COUNT_BY_FAMILY, Long.class)
                .setParameter("family", family)
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    private void audit(Caller caller, Family family, ReadPurpose purpose) {
        em.persist(new FamilyRead(
                family, em.getReference(UserAccount.class, caller.accountId()), clock.instant(), purpose));
    }

    /**
     * The next free code of the current year in the network's zone. Two creations at the same
     * moment may pick the same one; the unique key then answers 409 and the second may retry.
     */
    private String nextCode() {
        int year = Year.now(clock.withZone(ClockProducer.NETWORK_ZONE)).getValue();
        List<String> taken = em.createNamedQuery(Family.CODES_LIKE, String.class)
                .setParameter("prefix", FamilyCodes.prefix(year) + "%")
                .getResultList();
        return FamilyCodes.next(year, taken).orElseThrow(() -> ConflictException.onField("code", CODES_USED_UP));
    }

    private static List<String> languages(FamilyInput input) {
        return List.copyOf(new LinkedHashSet<>(input.getLanguages()));
    }

    private static List<AgeBand> ageBands(FamilyInput input) {
        return input.getAgeBands().stream()
                .map(name -> AgeBand.valueOf(name.toUpperCase(Locale.ROOT)))
                .distinct()
                .toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
