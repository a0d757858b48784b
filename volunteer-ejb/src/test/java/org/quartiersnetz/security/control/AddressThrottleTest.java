package org.quartiersnetz.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");

    private static AddressThrottle throttle(int maxFailures, String exempt) {
        AddressThrottle throttle = new AddressThrottle();
        throttle.maxFailures = maxFailures;
        throttle.window = Duration.ofMinutes(15);
        throttle.lockDuration = Duration.ofMinutes(15);
        throttle.exempt = exempt;
        throttle.configure();
        return throttle;
    }

    @Test
    void anAddressIsLockedAtItsLimitAndOnlyThatAddress() {
        AddressThrottle throttle = throttle(3, " ");
        throttle.countFailure("203.0.113.7", NOW);
        throttle.countFailure("203.0.113.7", NOW.plusSeconds(1));
        assertTrue(throttle.lockedUntil("203.0.113.7", NOW.plusSeconds(2)).isEmpty());
        throttle.countFailure("203.0.113.7", NOW.plusSeconds(2));
        assertEquals(
                NOW.plusSeconds(2).plus(Duration.ofMinutes(15)),
                throttle.lockedUntil("203.0.113.7", NOW.plusSeconds(3)).orElseThrow());
        assertTrue(throttle.lockedUntil("203.0.113.8", NOW.plusSeconds(3)).isEmpty());
        assertTrue(
                throttle.lockedUntil("203.0.113.7", NOW.plus(Duration.ofMinutes(16)))
                        .isEmpty(),
                "the lock ends");
    }

    @Test
    void failuresOutsideTheWindowStartCountingAnew() {
        AddressThrottle throttle = throttle(2, " ");
        throttle.countFailure("203.0.113.7", NOW);
        throttle.countFailure("203.0.113.7", NOW.plus(Duration.ofMinutes(16)));
        assertTrue(throttle.lockedUntil("203.0.113.7", NOW.plus(Duration.ofMinutes(16)))
                .isEmpty());
    }

    @Test
    void everyFailureOfAParallelBurstCounts() throws Exception {
        AddressThrottle throttle = throttle(1000, " ");
        ExecutorService burst = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 999; i++) {
                done.add(burst.submit(() -> throttle.countFailure("203.0.113.7", NOW)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            burst.shutdownNow();
        }
        assertFalse(throttle.lockedUntil("203.0.113.7", NOW).isPresent());
        throttle.countFailure("203.0.113.7", NOW);
        assertTrue(throttle.lockedUntil("203.0.113.7", NOW).isPresent(), "the thousandth locks");
    }

    @Test
    void anIpv6NetworkCountsAsOneAddress() {
        AddressThrottle throttle = throttle(2, " ");
        throttle.countFailure("2001:db8:1:2::10", NOW);
        throttle.countFailure("2001:db8:1:2:ffff::1", NOW);
        assertTrue(throttle.lockedUntil("2001:db8:1:2::99", NOW).isPresent());
        assertTrue(throttle.lockedUntil("2001:db8:1:3::10", NOW).isEmpty());
        assertEquals("2001:db8:1:2:0:0:0:0/64", AddressThrottle.keyOf("[2001:db8:1:2::10]"));
    }

    @Test
    void anExemptAddressIsNeverLocked() {
        AddressThrottle throttle = throttle(1, "192.0.2.1, 192.0.2.2");
        throttle.countFailure("192.0.2.2", NOW);
        throttle.countFailure("192.0.2.3", NOW);
        assertTrue(throttle.lockedUntil("192.0.2.2", NOW).isEmpty());
        assertTrue(throttle.lockedUntil("192.0.2.3", NOW).isPresent());
    }

    @Test
    void anUnknownAddressIsNeitherCountedNorLocked() {
        AddressThrottle throttle = throttle(1, " ");
        throttle.countFailure(null, NOW);
        assertTrue(throttle.lockedUntil(null, NOW).isEmpty());
    }
}
