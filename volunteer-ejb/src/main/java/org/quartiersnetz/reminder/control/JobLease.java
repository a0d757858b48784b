package org.quartiersnetz.reminder.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.quartiersnetz.common.control.NativeQuery;
import org.quartiersnetz.common.control.SqlValues;

/**
 * A lease on a background job in the database (job_lease): of several instances, the one whose
 * update takes the row runs the job until the lease ends or it lets go. Real time, not the test clock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLease {

    /** This instance, as the holder of leases. */
    static final String INSTANCE = UUID.randomUUID().toString();

    @PersistenceContext
    EntityManager em;

    /** True when this instance holds the job now (for at most {@code longest}). */
    public boolean take(String job, Duration longest) {
        Instant now = Instant.now();
        return NativeQuery.of(
                                "UPDATE job_lease SET holder = ?, locked_until = ? WHERE name = ?"
                                        + " AND (locked_until IS NULL OR locked_until < ? OR holder = ?)",
                                INSTANCE,
                                SqlValues.parameter(now.plus(longest)),
                                job,
                                SqlValues.parameter(now),
                                INSTANCE)
                        .update(em)
                == 1;
    }

    public void release(String job) {
        NativeQuery.of("UPDATE job_lease SET locked_until = NULL WHERE name = ? AND holder = ?", job, INSTANCE)
                .update(em);
    }
}
