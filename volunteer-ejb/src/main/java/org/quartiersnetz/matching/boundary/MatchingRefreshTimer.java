package org.quartiersnetz.matching.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartiersnetz.matching.control.CandidateCache;

/**
 * Reads the matching's view of the active volunteers afresh on every instance every
 * QN_MATCHING_FULL_RELOAD (default ten minutes), in the background, the first time shortly after
 * start so that the first candidate view is quick. The change log keeps it current in between.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class MatchingRefreshTimer {

    private static final Logger LOG = Logger.getLogger(MatchingRefreshTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    CandidateCache cache;

    @Inject
    @ConfigProperty(name = "qn.matching.full.reload", defaultValue = "PT10M")
    Duration interval;

    @PostConstruct
    void start() {
        long every = Math.max(Duration.ofSeconds(10).toMillis(), interval.toMillis());
        timers.createIntervalTimer(Duration.ofSeconds(5).toMillis(), every, new TimerConfig(null, false));
    }

    @Timeout
    void reload() {
        try {
            cache.reload();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Matching: reading the active volunteers again failed; the next round tries again",
                    e);
        }
    }
}
