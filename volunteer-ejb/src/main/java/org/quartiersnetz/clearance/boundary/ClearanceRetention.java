package org.quartiersnetz.clearance.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartiersnetz.clearance.control.ClearanceAccess;
import org.quartiersnetz.clearance.control.ClearanceRules;
import org.quartiersnetz.clearance.control.ClearanceSettings;
import org.quartiersnetz.clearance.entity.ClearanceCheck;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.security.entity.Caller;

/**
 * Deletion of inspection records by §72a(5) SGB VIII. Deletion is dangerous: {@link #plan} lists
 * what a run would delete and why, and a run deletes exactly what the plan of the same day and
 * scope lists, nothing else. Runs by itself every night (QN_CLEARANCE_RETENTION_AUTOMATIC=false
 * turns that off).
 */
@Stateless
public class ClearanceRetention {

    private static final Logger LOG = Logger.getLogger(ClearanceRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClearanceAccess access;

    @Inject
    ClearanceSettings settings;

    @Inject
    @ConfigProperty(name = "qn.clearance.retention.automatic", defaultValue = "true")
    boolean automatic;

    /** What a run on that day would delete, of all carriers. */
    public List<PlannedDeletion> plan(@NotNull LocalDate today) {
        return plan(Optional.empty(), today);
    }

    /** What a run would delete today of the records the caller may run it for. */
    public List<PlannedDeletion> plan(@NotNull Caller caller) {
        return plan(access.retentionScope(caller), today());
    }

    /** Deletes today what {@link #plan(Caller)} lists, and answers what it deleted. */
    public List<PlannedDeletion> run(@NotNull Caller caller) {
        return run(access.retentionScope(caller), today());
    }

    @Schedule(hour = "3", minute = "17", timezone = "Europe/Berlin", persistent = false)
    void nightly() {
        if (automatic) {
            LOG.info(() -> "§72a(5): deleted " + run(Optional.empty(), today()).size() + " inspection records");
        }
    }

    List<PlannedDeletion> run(Optional<Long> carrierId, LocalDate today) {
        List<PlannedDeletion> planned = plan(carrierId, today);
        for (PlannedDeletion deletion : planned) {
            em.remove(em.find(ClearanceCheck.class, deletion.checkId()));
        }
        return planned;
    }

    private List<PlannedDeletion> plan(Optional<Long> carrierId, LocalDate today) {
        ClearanceRules rules = settings.rules();
        List<ClearanceCheck> checks = carrierId
                .map(id -> em.createNamedQuery(ClearanceCheck.FIND_BY_CARRIER, ClearanceCheck.class)
                        .setParameter("carrier", id))
                .orElseGet(() -> em.createNamedQuery(ClearanceCheck.FIND_ALL, ClearanceCheck.class)).getResultList();
        List<PlannedDeletion> planned = new ArrayList<>();
        for (ClearanceCheck check : checks) {
            rules.deletionReason(ClearanceService.facts(check), today).ifPresent(reason -> planned.add(
                    new PlannedDeletion(check.getId(), check.getVolunteer().getId(), check.getCarrier().getCode(),
                            check.getInspectedOn(), check.getLastActivityOn(), reason)));
        }
        return planned;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.NETWORK_ZONE));
    }
}
