package org.quartiersnetz.notification.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed mail again: after {@code firstDelay}, then twice as long each time, at most
 * {@code maxDelay}; after {@code maxAttempts} attempts in all, never.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException(
                    "invalid retry settings: " + maxAttempts + ", " + firstDelay + ", " + maxDelay);
        }
    }

    /** The time of the next attempt after {@code attemptsMade} failed ones, or empty to give up. */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(attemptsMade)));
    }

    Duration delayAfter(int attemptsMade) {
        int doublings = Math.max(0, attemptsMade - 1);
        // 2^30 times any sensible first delay is beyond every maximum: stop doubling there
        Duration delay = doublings >= 30 ? maxDelay : firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
