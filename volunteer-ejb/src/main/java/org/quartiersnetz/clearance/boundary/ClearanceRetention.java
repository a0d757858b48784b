package org.quartiersnetz.clearance.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartiersnetz.clearance.control.ClearanceAccess;
import org.quartiersnetz.clearance.control.ClearanceRules;
import org.quartiersnetz.clearance.control.ClearanceSettings;
import org.quartiersnetz.clearance.entity.ClearanceCheck;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.SqlValues;
import org.quartiersnetz.common.control.VolunteerChanged;
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
    Event<VolunteerChanged> changed;

    @Inject
    Clock clock;

    @Inject
    ClearanceAccess access;

    @Inject
    ClearanceSettings settings;

    @Inject
    @ConfigProperty(name = "qn.clearance.retention.automatic", defaultValue = "true")
    boolean automatic;

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
            // by id and tolerant of 0 rows: another instance's nightly run may have deleted it first
            em.createNamedQuery(ClearanceCheck.DELETE_BY_ID)
                    .setParameter("id", deletion.checkId())
                    .executeUpdate();
            changed.fire(new VolunteerChanged(deletion.volunteerId()));
        }
        return planned;
    }

    private List<PlannedDeletion> plan(Optional<Long> carrierId, LocalDate today) {
        ClearanceRules rules = settings.rules();
        List<ClearanceCheck> checks = carrierId
                .map(id -> em.createNamedQuery(ClearanceCheck.FIND_BY_CARRIER, ClearanceCheck.class)
                        .setParameter("carrier", id))
                .orElseGet(() -> em.createNamedQuery(ClearanceCheck.FIND_ALL, ClearanceCheck.class))
                .getResultList();
        Map<Long, LocalDate> lastBooked = lastBookedDays();
        Map<Long, LocalDate> lastPlaced = lastPlacedDays(today);
        List<PlannedDeletion> planned = new ArrayList<>();
        for (ClearanceCheck check : checks) {
            // a volunteer on a roster is active, whether or not somebody remembered to record it
            LocalDate lastActivity = latest(
                    check.laterActivity(lastBooked.get(check.getVolunteer().getId())),
                    check.laterActivity(lastPlaced.get(check.getId())));
            ClearanceRules.Facts facts = new ClearanceRules.Facts(
                    check.getInspectedOn(), check.getRenewalDueOn(), check.isRelevantConviction(), lastActivity);
            rules.deletionReason(facts, today)
                    .ifPresent(reason -> planned.add(new PlannedDeletion(
                            check.getId(),
                            check.getVolunteer().getId(),
                            check.getCarrier().getCode(),
                            check.getInspectedOn(),
                            lastActivity,
                            reason)));
        }
        return planned;
    }

    /** Per volunteer with an inspection: the day of their latest confirmed booking (with any carrier, a coming one included). */
    private Map<Long, LocalDate> lastBookedDays() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT b.volunteer_id, MAX(s.starts_at) FROM slot_booking b "
                                + "JOIN task_slot s ON s.id = b.slot_id WHERE b.status = 'CONFIRMED' "
                                + "AND b.volunteer_id IN (SELECT c.volunteer_id FROM clearance_check c) GROUP BY b.volunteer_id")
                .getResultList();
        Map<Long, LocalDate> days = new HashMap<>();
        for (Object[] row : rows) {
            days.put(
                    SqlValues.longOf(row[0]),
                    LocalDate.ofInstant(SqlValues.instant(row[1]), ClockProducer.NETWORK_ZONE));
        }
        return days;
    }

    /**
     * Per inspection: today while its volunteer holds a place in a task needing clearance of a carrier
     * relying on it (the inspecting one; with the volunteer's consent any), else the day their last such
     * placement ended after contact with the family had begun (active, or cancelled in the trial).
     */
    private Map<Long, LocalDate> lastPlacedDays(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, p.status, p.ended_on FROM clearance_check c"
                        + " JOIN placement p ON p.volunteer_id = c.volunteer_id"
                        + " JOIN task t ON t.id = p.task_id JOIN task_type y ON y.id = t.task_type_id"
                        + " WHERE y.clearance_required = TRUE"
                        + " AND (p.carrier_id = c.carrier_id OR EXISTS (SELECT 1 FROM clearance_consent k"
                        + " WHERE k.volunteer_id = c.volunteer_id))"
                        + " AND (p.status IN ('ACCEPTED', 'INTRO_MEETING', 'GETTING_TO_KNOW', 'TRIAL_PERIOD', 'ACTIVE')"
                        + " OR p.status = 'ENDED' OR p.status = 'CANCELLED' AND EXISTS (SELECT 1 FROM placement_step s"
                        + " WHERE s.placement_id = p.id AND s.to_status IN ('GETTING_TO_KNOW', 'TRIAL_PERIOD')))")
                .getResultList();
        Map<Long, LocalDate> days = new HashMap<>();
        for (Object[] row : rows) {
            String status = (String) row[1];
            LocalDate day = "ENDED".equals(status) || "CANCELLED".equals(status) ? SqlValues.date(row[2]) : today;
            if (day != null) {
                days.merge(SqlValues.longOf(row[0]), day, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return days;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private LocalDate today() {
        return ClockProducer.today(clock);
    }
}
