package org.quartiersnetz.notification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.quartiersnetz.notification.control.MailSettings;
import org.quartiersnetz.notification.control.MailTransport;
import org.quartiersnetz.notification.control.Outbox;
import org.quartiersnetz.notification.control.OutboxDelivery;

/**
 * Sends the outbox: every few seconds, and at once after a transaction queued a mail. Runs on
 * every instance; the claim in the database makes sure each mail is sent by one instance only,
 * so rounds may overlap, here or elsewhere.
 */
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    static final int BATCH = 50;
    /** Longer than a send can take with the transport's timeouts (3 × 30 s). */
    static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    Outbox outbox;

    @Inject
    MailTransport transport;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    private OutboxDelivery delivery;

    @PostConstruct
    void init() {
        delivery = new OutboxDelivery(outbox, transport, settings.retryPolicy(), clock, LEASE);
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void onSchedule() {
        deliver();
    }

    /** Sends what is due, on a thread of its own, so the caller does not wait for the mail server. */
    @Asynchronous
    public void deliverSoon() {
        deliver();
    }

    private void deliver() {
        try {
            while (delivery.deliverDue(BATCH) == BATCH) {
                // a full batch was sent: there may be more due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox round interrupted; the next round continues", e);
        }
    }
}
