package org.quartiersnetz.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the matching knows of every active volunteer, kept in memory on each instance so that
 * ranking candidates among 100,000 volunteers does not read a dozen tables per request. Before it
 * is used it catches up with {@link ChangeLog}: the volunteers changed since the last look (on any
 * instance) are read again. Changes are looked for a little further back than the last look
 * ({@code QN_MATCHING_CHANGE_WINDOW}), because a transaction stamps its change when it starts and may
 * commit later; and the whole cache is read again in the background now and then
 * ({@link org.quartiersnetz.matching.boundary.MatchingRefreshTimer}), so that nothing can stay stale
 * for long. Proposing never relies on it: the proposal judges the volunteer from the database again.
 * <p>
 * Requests read it as a {@link CandidateIndex}: the candidates with bitsets by band, language, carrier
 * and what task types require, changed in place under the lock and published as a copy after each
 * change, so that a request keeps one consistent view however long it takes.
 */
@ApplicationScoped
public class CandidateCache {

    private static final Logger LOG = Logger.getLogger(CandidateCache.class.getName());

    @Inject
    CandidateLoader loader;

    @Inject
    ChangeLog changes;

    @Inject
    @ConfigProperty(name = "qn.matching.change.window", defaultValue = "PT5M")
    Duration window;

    private final ReentrantLock refreshing = new ReentrantLock();
    /** Guarded by {@link #refreshing}: the view being changed; each change publishes a snapshot of it. */
    private CandidateIndex.Writer active = new CandidateIndex.Writer();

    private volatile CandidateIndex published = CandidateIndex.EMPTY;
    /** The changes read within the window, by id with their time, so that each is applied once. */
    private final Map<Long, Instant> applied = new HashMap<>();

    private volatile Instant lookedAt;

    /** Every active volunteer whose e-mail address is confirmed, as of now. Call inside a transaction. */
    public Collection<Candidate> current() {
        return view().all();
    }

    /** The view of every active volunteer whose e-mail address is confirmed, with its indexes, as of now. Call inside a transaction. */
    public CandidateIndex view() {
        refreshing.lock();
        try {
            Instant now = changes.now();
            if (lookedAt == null) {
                loadAll(now);
            } else {
                catchUp(now);
            }
            return published;
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * Reads everything again while requests go on with what is there, then swaps it in; the changes
     * since it began are caught up with by the next request. Call inside a transaction.
     */
    public void reload() {
        long start = System.nanoTime();
        Instant now = changes.now();
        List<ChangeLog.Change> seen = changes.since(now.minus(window));
        List<Candidate> all = loader.forAllActive();
        refreshing.lock();
        try {
            swapIn(all, seen, now);
        } finally {
            refreshing.unlock();
        }
        log(all.size(), start);
    }

    private static void log(int count, long start) {
        LOG.info(() ->
                "matching: " + count + " active volunteers read in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private void loadAll(Instant now) {
        long start = System.nanoTime();
        List<ChangeLog.Change> seen = changes.since(now.minus(window));
        List<Candidate> all = loader.forAllActive();
        swapIn(all, seen, now);
        log(all.size(), start);
    }

    /**
     * Everything as read after {@code now}; the changes {@code seen} before reading are in it, so they
     * count as applied (one committed while reading is read again at the next look).
     */
    private void swapIn(List<Candidate> all, List<ChangeLog.Change> seen, Instant now) {
        active = CandidateIndex.Writer.of(all);
        published = active.snapshot();
        applied.clear();
        seen.forEach(c -> applied.put(c.id(), c.at()));
        lookedAt = now;
    }

    private void catchUp(Instant now) {
        Map<Long, Instant> unseen = new HashMap<>();
        Set<Long> changed = new LinkedHashSet<>();
        for (ChangeLog.Change change : changes.since(lookedAt.minus(window))) {
            if (applied.containsKey(change.id())) {
                continue;
            }
            if (change.volunteerId() == null) {
                loadAll(now);
                return;
            }
            unseen.put(change.id(), change.at());
            changed.add(change.volunteerId());
        }
        if (!changed.isEmpty()) {
            reread(changed);
        }
        // only now, once read: if reading failed, the next look tries again
        applied.putAll(unseen);
        Instant forget = now.minus(window).minus(window);
        applied.values().removeIf(at -> at.isBefore(forget));
        lookedAt = now;
    }

    private void reread(Set<Long> ids) {
        Map<Long, Candidate> fresh = new HashMap<>();
        for (Candidate c : loader.activeAmong(new ArrayList<>(ids))) {
            fresh.put(c.volunteerId(), c);
        }
        // who is no longer active (or was never) leaves the cache
        for (Long id : ids) {
            Candidate c = fresh.get(id);
            if (c == null) {
                active.remove(id);
            } else {
                active.put(c);
            }
        }
        published = active.snapshot();
    }
}
