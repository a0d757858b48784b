package org.quartiersnetz.notification.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox table as the delivery sees it; each call is its own transaction. */
public interface Outbox {

    /** Ids of messages that are due and not claimed by anyone, oldest first. */
    List<Long> findDue(Instant now, int max);

    /** Claims a message until then; empty when another sender claimed or sent it first. */
    Optional<PendingMail> claim(long id, Instant now, Instant until);

    void markSent(long id, Instant now);

    void retryAt(long id, Instant next, String error);

    void giveUp(long id, Instant now, String error);
}
