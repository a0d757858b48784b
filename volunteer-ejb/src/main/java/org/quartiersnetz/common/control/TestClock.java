package org.quartiersnetz.common.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A clock that black-box tests may move forward, so that expiry, deletion and reminder rules are
 * tested on the running server without sleeping. Only with QN_TEST_CLOCK=true, which production
 * never sets; the offset belongs to this instance and is lost on restart.
 */
@ApplicationScoped
public class TestClock {

    @Inject
    @ConfigProperty(name = "qn.test.clock", defaultValue = "false")
    boolean enabled;

    private volatile Duration offset = Duration.ZERO;

    public boolean isEnabled() {
        return enabled;
    }

    /** Moves the clock so that today, in the network's zone, is that day; the time of day stays. */
    public void moveTo(LocalDate today) {
        requireEnabled();
        // the same local time on that day: whole days of 24 h would cross midnight across a change to summer time
        ZonedDateTime now = ZonedDateTime.now(ClockProducer.NETWORK_ZONE);
        offset = Duration.between(now, now.with(today));
    }

    public void reset() {
        requireEnabled();
        offset = Duration.ZERO;
    }

    public Duration offset() {
        return offset;
    }

    Clock clock() {
        return new Shifted(ZoneId.of("UTC"));
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new IllegalStateException("the test clock is off (QN_TEST_CLOCK)");
        }
    }

    /** The system clock plus the current offset, read at every call. */
    private final class Shifted extends Clock {

        private final ZoneId zone;

        Shifted(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Shifted(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
