package org.quartiersnetz.reminder.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartiersnetz.reminder.control.JobLease;
import org.quartiersnetz.reminder.entity.ReminderKind;

/**
 * Runs the reminders every few minutes (QN_REMINDER_INTERVAL_SECONDS, default 300) on whichever
 * instance holds the lease; the claim per reminder keeps each one to a single mail even if a lease
 * ran out mid-run. Each reminder is sent in a transaction of its own, so one that fails is logged
 * and tried again next round while the others go out.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ReminderJob {

    static final String JOB = "reminders";
    static final Duration LONGEST_RUN = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Reminders reminders;

    @Inject
    JobLease lease;

    @Inject
    @ConfigProperty(name = "qn.reminder.interval.seconds", defaultValue = "300")
    long intervalSeconds;

    /** One run: whether this instance held the job, and how many reminders of each kind it queued. */
    public record Run(boolean ran, Map<ReminderKind, Integer> sent) {}

    @PostConstruct
    void start() {
        long interval = Duration.ofSeconds(Math.max(1, intervalSeconds)).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void scheduled() {
        try {
            runNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminders interrupted; the next round continues", e);
        }
    }

    /** Runs the reminders now unless another instance (or round) is at it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run runNow() {
        if (!lease.take(JOB, LONGEST_RUN)) {
            return new Run(false, Map.of());
        }
        try {
            return new Run(true, sendDue());
        } finally {
            lease.release(JOB);
        }
    }

    private Map<ReminderKind, Integer> sendDue() {
        Map<ReminderKind, Integer> sent = new EnumMap<>(ReminderKind.class);
        for (ReminderKind kind : ReminderKind.values()) {
            sent.put(kind, 0);
        }
        for (Reminders.Due due : reminders.due()) {
            try {
                if (reminders.send(due)) {
                    sent.merge(due.kind(), 1, Integer::sum);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder " + due.key() + " not sent; the next round tries again", e);
            }
        }
        return sent;
    }
}
