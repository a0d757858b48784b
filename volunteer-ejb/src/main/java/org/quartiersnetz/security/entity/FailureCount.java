package org.quartiersnetz.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Failed sign-ins counted for one key (an e-mail address in the database, a client address in
 * memory) within a window, and the lock they led to. The rule that reads and changes it is
 * {@code LockoutPolicy}.
 */
@MappedSuperclass
public abstract class FailureCount {

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected FailureCount() {}

    /** No failure counted yet; the first one starts the window. */
    protected FailureCount(Instant now) {
        this.firstFailureAt = now;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getFirstFailureAt() {
        return firstFailureAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /** Starts a new window with this one failure. */
    public void restart(Instant now) {
        failures = 1;
        firstFailureAt = now;
        lockedUntil = null;
    }

    public void countFailure() {
        failures++;
    }

    public void lockUntil(Instant until) {
        lockedUntil = until;
    }
}
