package org.quartiersnetz.notification.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One round of the outbox worker: claims each due message, sends it, records the outcome. A
 * message is sent only by the sender whose claim succeeded; a failure is retried by the
 * {@link RetryPolicy} and given up at its limit. No transaction is held while talking to the mail
 * server. Logs never contain a body (it may hold a single-use link).
 */
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    private final Outbox outbox;
    private final MailTransport transport;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Duration lease;

    /**
     * @param lease how long a claim holds: longer than any send can take, as a claim that runs
     *              out lets another sender send the message again
     */
    public OutboxDelivery(Outbox outbox, MailTransport transport, RetryPolicy retry, Clock clock, Duration lease) {
        this.outbox = outbox;
        this.transport = transport;
        this.retry = retry;
        this.clock = clock;
        this.lease = lease;
    }

    /** Sends what is due now, at most {@code max} messages; answers how many were sent. */
    public int deliverDue(int max) {
        Instant now = clock.instant();
        int sent = 0;
        for (long id : outbox.findDue(now, max)) {
            Optional<PendingMail> claimed = outbox.claim(id, now, now.plus(lease));
            if (claimed.isPresent() && deliver(claimed.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(PendingMail mail) {
        try {
            transport.send(mail);
        } catch (Exception e) {
            recordFailure(mail, describe(e));
            return false;
        }
        outbox.markSent(mail.id(), clock.instant());
        return true;
    }

    private void recordFailure(PendingMail mail, String error) {
        int attempts = mail.attempts() + 1;
        Instant now = clock.instant();
        Optional<Instant> next = retry.nextAttempt(attempts, now);
        if (next.isPresent()) {
            outbox.retryAt(mail.id(), next.get(), error);
            LOG.info(() -> "Outbox message " + mail.id() + ": attempt " + attempts + " failed (" + error
                    + "); next attempt at " + next.get());
        } else {
            outbox.giveUp(mail.id(), now, error);
            LOG.log(
                    Level.WARNING,
                    () -> "Outbox message " + mail.id() + " given up after " + attempts + " attempts; last error: "
                            + error);
        }
    }

    /** The failure and its causes in one line, e.g. "MailConnectException: …; ConnectException: …". */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < 1000; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ")
                        .append(cause.getMessage().replaceAll("\\s+", " ").strip());
            }
        }
        return text.toString();
    }
}
