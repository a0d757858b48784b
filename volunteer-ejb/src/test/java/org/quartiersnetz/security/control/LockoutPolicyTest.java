package org.quartiersnetz.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.security.entity.LoginThrottle;

class LockoutPolicyTest {

    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final Clock START = Clock.fixed(Instant.parse("2026-05-04T08:00:00Z"), ZoneOffset.UTC);

    private Clock clock;
    private LoginThrottle throttle;

    @BeforeEach
    void freshAddress() {
        clock = START;
        throttle = new LoginThrottle("key", clock.instant());
    }

    private void after(Duration duration) {
        clock = Clock.offset(clock, duration);
    }

    private boolean fail() {
        return POLICY.countFailure(throttle, clock.instant());
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertFalse(fail(), "failure " + i);
            assertFalse(POLICY.isLocked(throttle, clock.instant()));
            after(Duration.ofMinutes(3));
        }
        assertTrue(fail(), "the fifth failure, 12 minutes after the first");
        Instant lockedAt = clock.instant();
        assertEquals(lockedAt.plus(Duration.ofMinutes(15)), throttle.getLockedUntil());
        assertTrue(POLICY.isLocked(throttle, lockedAt));
        assertTrue(
                POLICY.isLocked(throttle, lockedAt.plus(Duration.ofMinutes(14)).plusSeconds(59)));
        assertFalse(POLICY.isLocked(throttle, lockedAt.plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        for (int i = 1; i <= 12; i++) {
            assertFalse(fail(), "failure " + i);
            after(Duration.ofMinutes(4));
        }
        assertFalse(POLICY.isLocked(throttle, clock.instant()));
    }

    @Test
    void aFailureWhileLockedKeepsTheLockAlsoPastTheWindow() {
        after(Duration.ofMinutes(14));
        for (int i = 0; i < 5; i++) {
            fail();
        }
        Instant until = throttle.getLockedUntil();
        after(Duration.ofMinutes(2)); // past the first failure's window, the lock still holds
        assertTrue(fail(), "a failure that had waited for its turn");
        assertEquals(until, throttle.getLockedUntil());
        assertTrue(POLICY.isLocked(throttle, clock.instant()));
    }

    @Test
    void afterTheLockCountingStartsAnew() {
        for (int i = 0; i < 5; i++) {
            fail();
        }
        after(Duration.ofMinutes(15));
        assertFalse(POLICY.isLocked(throttle, clock.instant()));
        assertFalse(fail(), "the first failure after the lock");
        assertEquals(1, throttle.getFailures());
        assertNull(throttle.getLockedUntil());
    }

    @Test
    void noAddressMeansNoLock() {
        assertFalse(POLICY.isLocked(null, clock.instant()));
    }

    @Test
    void theMessageSaysWholeMinutesRoundedUp() {
        Instant now = clock.instant();
        assertEquals(15, LockoutPolicy.minutesLeft(now.plus(Duration.ofMinutes(15)), now));
        assertEquals(
                15, LockoutPolicy.minutesLeft(now.plus(Duration.ofMinutes(14)).plusSeconds(1), now));
        assertEquals(1, LockoutPolicy.minutesLeft(now.plusSeconds(3), now));
        assertEquals(1, LockoutPolicy.minutesLeft(now.minusSeconds(3), now));
    }

    @Test
    void senselessSettingsAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new LockoutPolicy(0, Duration.ofMinutes(15), Duration.ofMinutes(15)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO, Duration.ofMinutes(15)));
    }
}
