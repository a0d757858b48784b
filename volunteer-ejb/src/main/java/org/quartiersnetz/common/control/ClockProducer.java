package org.quartiersnetz.common.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for all rules, so that tests can control time; instants are stored in UTC. */
@ApplicationScoped
public class ClockProducer {

    /** The zone in which the network lives: rules and display use it. */
    public static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Berlin");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
