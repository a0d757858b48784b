package org.quartiersnetz.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.quartiersnetz.notification.control.Mails;

/** Asks the worker to send right after a transaction that queued mail has committed. */
@ApplicationScoped
public class OutboxTrigger {

    @Inject
    OutboxWorker worker;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mails.MailQueued event) {
        worker.deliverSoon();
    }
}
