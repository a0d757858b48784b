package org.quartiersnetz.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(12, Duration.ofSeconds(10), Duration.ofHours(1));

    @Test
    void theWaitDoublesFromTheFirstDelay() {
        assertEquals(Optional.of(NOW.plusSeconds(10)), POLICY.nextAttempt(1, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(20)), POLICY.nextAttempt(2, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(40)), POLICY.nextAttempt(3, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(80)), POLICY.nextAttempt(4, NOW));
    }

    @Test
    void theWaitNeverExceedsTheMaximum() {
        assertEquals(Duration.ofSeconds(2560), POLICY.delayAfter(9));
        assertEquals(Duration.ofHours(1), POLICY.delayAfter(10));
        assertEquals(Duration.ofHours(1), POLICY.delayAfter(11));
        assertEquals(
                Duration.ofHours(1),
                new RetryPolicy(1000, Duration.ofSeconds(10), Duration.ofHours(1)).delayAfter(999));
    }

    @Test
    void afterTheLastAttemptItGivesUp() {
        assertTrue(POLICY.nextAttempt(11, NOW).isPresent());
        assertEquals(Optional.empty(), POLICY.nextAttempt(12, NOW));
        assertEquals(
                Optional.empty(), new RetryPolicy(1, Duration.ofSeconds(10), Duration.ofHours(1)).nextAttempt(1, NOW));
    }

    @Test
    void senselessSettingsAreRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ofSeconds(10), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ZERO, Duration.ofHours(1)));
        assertThrows(
                IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofHours(2), Duration.ofHours(1)));
    }
}
