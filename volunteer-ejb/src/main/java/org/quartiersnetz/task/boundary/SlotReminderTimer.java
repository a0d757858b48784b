package org.quartiersnetz.task.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the slot reminders on every instance every few minutes (QN_REMINDER_INTERVAL_SECONDS,
 * default 300); the claim per booking makes each reminder go out once across the cluster.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SlotReminderTimer {

    private static final Logger LOG = Logger.getLogger(SlotReminderTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    SlotReminders reminders;

    @Inject
    @ConfigProperty(name = "qn.reminder.interval.seconds", defaultValue = "300")
    long intervalSeconds;

    @PostConstruct
    void start() {
        long interval = Duration.ofSeconds(Math.max(1, intervalSeconds)).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    void run() {
        try {
            reminders.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Slot reminders interrupted; the next round continues", e);
        }
    }
}
