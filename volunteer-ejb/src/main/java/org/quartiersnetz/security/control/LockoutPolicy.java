package org.quartiersnetz.security.control;

import java.time.Duration;
import java.time.Instant;
import org.quartiersnetz.security.entity.FailureCount;

/**
 * The lockout rule: {@code maxFailures} failed sign-ins for one key (an e-mail address, a client
 * address) within {@code window} of the first of them lock that key for {@code lockDuration}. A failure after
 * the window or after a lock has run out starts counting anew; for an e-mail address a successful
 * sign-in or a new password removes the count (the caller deletes the throttle).
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockDuration.isNegative()) {
            throw new IllegalArgumentException(
                    "invalid lockout settings: " + maxFailures + ", " + window + ", " + lockDuration);
        }
    }

    public boolean isLocked(FailureCount throttle, Instant now) {
        return throttle != null && throttle.getLockedUntil() != null && now.isBefore(throttle.getLockedUntil());
    }

    /** Counts one failed sign-in; answers whether the address is locked from now on. */
    public boolean countFailure(FailureCount throttle, Instant now) {
        if (isLocked(throttle, now)) {
            // a failure that was let in before the lock (it waited for its turn) leaves the lock as it is
            throttle.countFailure();
            return true;
        }
        boolean windowOver = !now.isBefore(throttle.getFirstFailureAt().plus(window));
        boolean lockOver = throttle.getLockedUntil() != null && !now.isBefore(throttle.getLockedUntil());
        if (throttle.getFailures() == 0 || windowOver || lockOver) {
            throttle.restart(now);
        } else {
            throttle.countFailure();
        }
        if (throttle.getFailures() >= maxFailures) {
            throttle.lockUntil(now.plus(lockDuration));
            return true;
        }
        return false;
    }

    /** Whole minutes until the lock ends, rounded up, at least 1 (for messages). */
    public static long minutesLeft(Instant lockedUntil, Instant now) {
        long seconds = Math.max(0, Duration.between(now, lockedUntil).getSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }
}
