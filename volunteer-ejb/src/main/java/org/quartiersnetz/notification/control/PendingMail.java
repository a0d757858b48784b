package org.quartiersnetz.notification.control;

/** A claimed outbox message, as the worker sends it. */
public record PendingMail(long id, String recipient, String subject, String body, int attempts) {

    /** Never the body: it may hold a single-use link. */
    @Override
    public String toString() {
        return "PendingMail[id=" + id + ", attempts=" + attempts + "]";
    }
}
