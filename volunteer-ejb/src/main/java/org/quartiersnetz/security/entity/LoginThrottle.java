package org.quartiersnetz.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Failed sign-ins for one e-mail address, whether an account has it or not, keyed by a hash of
 * the address. The rule that reads and changes it is {@code LockoutPolicy}.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle implements FailureCount {

    @Id
    @Column(name = "email_key", length = 64)
    private String emailKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected LoginThrottle() {}

    /** No failure counted yet; the first one starts the window. */
    public LoginThrottle(String emailKey, Instant now) {
        this.emailKey = emailKey;
        this.firstFailureAt = now;
    }

    public String getEmailKey() {
        return emailKey;
    }

    @Override
    public int getFailures() {
        return failures;
    }

    @Override
    public Instant getFirstFailureAt() {
        return firstFailureAt;
    }

    @Override
    public Instant getLockedUntil() {
        return lockedUntil;
    }

    @Override
    public void restart(Instant now) {
        failures = 1;
        firstFailureAt = now;
        lockedUntil = null;
    }

    @Override
    public void countFailure() {
        failures++;
    }

    @Override
    public void lockUntil(Instant until) {
        lockedUntil = until;
    }
}
