package org.quartiersnetz.declaration.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.control.VolunteerChanged;
import org.quartiersnetz.declaration.entity.Declaration;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.declaration.entity.Signature;
import org.quartiersnetz.declaration.entity.SignatureStatus;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * The declarations in force, new versions of them, and volunteers' signatures. A new version
 * makes earlier signatures outdated: the volunteer signs again.
 */
@Stateless
public class DeclarationService {

    static final String MISSING = "declaration.missing";
    static final String OUTDATED_VERSION = "declaration.outdatedVersion";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<VolunteerChanged> changed;

    @Inject
    Clock clock;

    @Inject
    VolunteerService volunteers;

    public List<Declaration> inForce() {
        return Arrays.stream(DeclarationKind.values())
                .map(this::inForce)
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<Declaration> inForce(DeclarationKind kind) {
        return em.createNamedQuery(Declaration.FIND_IN_FORCE, Declaration.class)
                .setParameter("kind", kind)
                .setParameter("now", clock.instant())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Issues the next version, in force at once. */
    public Declaration issue(@NotNull @Valid DeclarationInput input) {
        Integer last = em.createNamedQuery(Declaration.MAX_VERSION, Integer.class)
                .setParameter("kind", input.getKind())
                .getSingleResult();
        Declaration next = new Declaration(
                input.getKind(),
                last == null ? 1 : last + 1,
                clock.instant(),
                input.getTitleDe().strip(),
                input.getBodyDe().strip(),
                input.getTitleEn().strip(),
                input.getBodyEn().strip());
        em.persist(next);
        changed.fire(VolunteerChanged.everybody());
        return next;
    }

    /**
     * The signed-in volunteer signs the version they read; signing a version no longer in force is
     * refused, so nobody signs a text that changed under them.
     *
     * @return true when signed now, false when they had signed this version before
     */
    public boolean sign(@NotNull Caller caller, @NotNull DeclarationKind kind, int version) {
        Volunteer volunteer = volunteers.getOwn(caller);
        em.lock(volunteer, LockModeType.PESSIMISTIC_WRITE);
        Declaration current = inForce(kind).orElseThrow(() -> new NotFoundException(MISSING));
        if (current.getVersion() != version) {
            throw ConflictException.onField("version", OUTDATED_VERSION, current.getVersion());
        }
        if (signatures(volunteer.getId()).stream()
                .anyMatch(s -> s.getDeclaration().getId().equals(current.getId()))) {
            return false;
        }
        em.persist(new Signature(volunteer, current, clock.instant()));
        changed.fire(new VolunteerChanged(volunteer.getId()));
        return true;
    }

    public List<DeclarationStatus> own(@NotNull Caller caller) {
        return statuses(volunteers.getOwn(caller).getId());
    }

    /** A volunteer's declarations for staff who may see the volunteer. */
    public List<DeclarationStatus> of(@NotNull Caller caller, long volunteerId) {
        return statuses(volunteers.get(caller, volunteerId).getId());
    }

    /** For each kind in force: signed (current version), outdated (an older one) or missing. */
    public List<DeclarationStatus> statuses(long volunteerId) {
        List<Signature> signed = signatures(volunteerId);
        return inForce().stream()
                .map(current -> {
                    Optional<Signature> latest = signed.stream()
                            .filter(s -> s.getDeclaration().getKind() == current.getKind())
                            .max(Comparator.comparingInt(s -> s.getDeclaration().getVersion()));
                    SignatureStatus status = latest.isEmpty()
                            ? SignatureStatus.MISSING
                            : latest.get().getDeclaration().getVersion() == current.getVersion()
                                    ? SignatureStatus.SIGNED
                                    : SignatureStatus.OUTDATED;
                    return new DeclarationStatus(
                            current.getKind(),
                            current,
                            status,
                            latest.map(s -> s.getDeclaration().getVersion()).orElse(null),
                            latest.map(Signature::getSignedAt).orElse(null));
                })
                .toList();
    }

    private List<Signature> signatures(long volunteerId) {
        return em.createNamedQuery(Signature.FIND_BY_VOLUNTEER, Signature.class)
                .setParameter("volunteer", volunteerId)
                .getResultList();
    }
}
