package org.quartiersnetz.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.quartiersnetz.common.control.SqlValues;
import org.quartiersnetz.common.control.VolunteerChanged;

/**
 * The table of volunteers whose matching facts changed ({@code matching_change}): written in the
 * transaction of the change, so it is there exactly when the change is; read by every instance's
 * {@link CandidateCache}. Times are the database's, so that instances need not agree on theirs.
 */
@ApplicationScoped
public class ChangeLog {

    @PersistenceContext
    EntityManager em;

    /** One row of the log: its id, the volunteer (null: everybody) and when, by the database's clock. */
    public record Change(long id, Long volunteerId, Instant at) {}

    void record(@Observes VolunteerChanged changed) {
        String insert = "INSERT INTO matching_change (id, volunteer_id, changed_at)"
                + " VALUES (nextval('matching_change_seq'), %s, CURRENT_TIMESTAMP)";
        if (changed.volunteerId() == null) {
            // a NULL parameter would be bound as text, which PostgreSQL refuses for a BIGINT column
            em.createNativeQuery(String.format(insert, "NULL")).executeUpdate();
        } else {
            em.createNativeQuery(String.format(insert, "?"))
                    .setParameter(1, changed.volunteerId())
                    .executeUpdate();
        }
    }

    /** The database's time now. */
    public Instant now() {
        return SqlValues.instant(
                em.createNativeQuery("SELECT CURRENT_TIMESTAMP").getSingleResult());
    }

    /** The changes stamped after the instant, oldest first. */
    public List<Change> since(Instant after) {
        List<Change> changes = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, volunteer_id, changed_at FROM matching_change"
                        + " WHERE changed_at > ? ORDER BY changed_at, id")
                .setParameter(1, SqlValues.parameter(after))
                .getResultList()) {
            Object[] r = (Object[]) row;
            changes.add(new Change(SqlValues.longOf(r[0]), SqlValues.longOf(r[1]), SqlValues.instant(r[2])));
        }
        return changes;
    }

    /** Removes the rows older than the instant; every instance has long read them. */
    public int prune(Instant before) {
        return em.createNativeQuery("DELETE FROM matching_change WHERE changed_at < ?")
                .setParameter(1, SqlValues.parameter(before))
                .executeUpdate();
    }
}
