package org.quartiersnetz.matching.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.quartiersnetz.matching.control.ChangeLog;

/** Removes the change log's rows older than a day every night; every instance read them long ago. */
@Stateless
public class MatchingHousekeeping {

    private static final Logger LOG = Logger.getLogger(MatchingHousekeeping.class.getName());

    @Inject
    ChangeLog changes;

    // on several instances each runs it; deleting what another deleted already is no harm
    @Schedule(hour = "4", minute = "41", timezone = "Europe/Berlin", persistent = false)
    void nightly() {
        int removed = changes.prune(changes.now().minus(Duration.ofDays(1)));
        LOG.fine(() -> "matching: " + removed + " old change rows removed");
    }
}
