package org.quartiersnetz.reminder.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.reminder.control.JobLease;
import org.quartiersnetz.reminder.entity.ReminderKind;

/** The job's round: who holds the lease, and that one reminder failing holds back no other. */
class ReminderJobTest {

    private final List<String> tried = new ArrayList<>();
    private final List<String> released = new ArrayList<>();

    private ReminderJob job(boolean leaseFree, List<Reminders.Due> due, String failing, String sentBefore) {
        ReminderJob job = new ReminderJob();
        job.lease = new JobLease() {
            @Override
            public boolean take(String name, Duration longest) {
                return leaseFree;
            }

            @Override
            public void release(String name) {
                released.add(name);
            }
        };
        job.reminders = new Reminders() {
            @Override
            public List<Due> due() {
                return due;
            }

            @Override
            public boolean send(Due d) {
                tried.add(d.key());
                if (d.key().equals(failing)) {
                    throw new EJBException("the outbox refused it");
                }
                return !d.key().equals(sentBefore);
            }
        };
        return job;
    }

    private static Reminders.Due due(ReminderKind kind, String key) {
        return new Reminders.Due(kind, key, 1, "mail.x", "/volunteer/x.xhtml", List.of());
    }

    @Test
    void aReminderThatFailsIsLoggedAndTheOthersAreSent() {
        List<Reminders.Due> due = List.of(
                due(ReminderKind.CLEARANCE_RENEWAL, "clearance:1"),
                due(ReminderKind.CLEARANCE_RENEWAL, "clearance:2"),
                due(ReminderKind.SESSION_TOMORROW, "session:3"),
                due(ReminderKind.SESSION_TOMORROW, "session:4"));
        ReminderJob.Run run = job(true, due, "clearance:1", "session:4").runNow();

        assertTrue(run.ran());
        assertEquals(List.of("clearance:1", "clearance:2", "session:3", "session:4"), tried);
        assertEquals(1, run.sent().get(ReminderKind.CLEARANCE_RENEWAL));
        assertEquals(1, run.sent().get(ReminderKind.SESSION_TOMORROW), "the one sent before is not counted");
        assertEquals(0, run.sent().get(ReminderKind.SLOT_TOMORROW), "every kind is answered");
        assertEquals(ReminderKind.values().length, run.sent().size());
        assertEquals(List.of(ReminderJob.JOB), released);
    }

    @Test
    void whileAnotherInstanceHoldsTheLeaseNothingIsTried() {
        ReminderJob.Run run = job(false, List.of(due(ReminderKind.CLEARANCE_RENEWAL, "clearance:1")), null, null)
                .runNow();
        assertFalse(run.ran());
        assertEquals(Map.of(), run.sent());
        assertTrue(tried.isEmpty());
        assertTrue(released.isEmpty());
    }
}
