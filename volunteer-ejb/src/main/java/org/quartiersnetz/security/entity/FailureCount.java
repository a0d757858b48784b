package org.quartiersnetz.security.entity;

import java.time.Instant;

/**
 * Failed sign-ins counted for one key (an e-mail address, a client address) within a window,
 * and the lock they led to. The rule that reads and changes it is {@code LockoutPolicy}.
 */
public interface FailureCount {

    int getFailures();

    Instant getFirstFailureAt();

    Instant getLockedUntil();

    /** Starts a new window with this one failure. */
    void restart(Instant now);

    void countFailure();

    void lockUntil(Instant until);
}
