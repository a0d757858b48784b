package org.quartiersnetz.common.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** One clock for all rules, so that tests can control time; instants are stored in UTC. */
@ApplicationScoped
public class ClockProducer {

    /** The zone in which the network lives: rules and display use it. */
    public static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Berlin");

    @Inject
    TestClock testClock;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return testClock.isEnabled() ? testClock.clock() : Clock.systemUTC();
    }

    /** Today in the network's zone by that clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(NETWORK_ZONE));
    }
}
