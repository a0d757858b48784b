package org.quartiersnetz.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The matching's in-memory view catches up with the change log: each change is applied once, a
 * change for everybody reads everything once, who is no longer active leaves, and a background
 * reload does not hide a change that came while it was reading.
 */
class CandidateCacheTest {

    private final FakeLog log = new FakeLog();
    private final FakeLoader loader = new FakeLoader();
    private final CandidateCache cache = new CandidateCache();

    @BeforeEach
    void wire() {
        cache.changes = log;
        cache.loader = loader;
        cache.window = Duration.ofMinutes(1);
        loader.active.put(1L, candidate(1));
        loader.active.put(2L, candidate(2));
    }

    @Test
    void readsEverybodyOnceAtFirstUse() {
        assertEquals(Set.of(1L, 2L), ids(cache.current()));
        cache.current();
        assertEquals(1, loader.fullLoads);
        assertEquals(List.of(), loader.reread);
    }

    @Test
    void eachChangeIsReadAgainOnceAlthoughItStaysInTheWindow() {
        cache.current();
        loader.active.put(3L, candidate(3));
        log.add(3L);
        assertEquals(Set.of(1L, 2L, 3L), ids(cache.current()));
        log.tick(10);
        cache.current();
        log.tick(10);
        cache.current();
        assertEquals(List.of(Set.of(3L)), loader.reread);
        assertEquals(1, loader.fullLoads);
    }

    @Test
    void whoIsNoLongerActiveLeaves() {
        cache.current();
        loader.active.remove(2L);
        log.add(2L);
        assertEquals(Set.of(1L), ids(cache.current()));
    }

    @Test
    void aChangeForEverybodyReadsEverythingOnce() {
        cache.current();
        loader.active.put(4L, candidate(4));
        log.add(null);
        assertEquals(Set.of(1L, 2L, 4L), ids(cache.current()));
        log.tick(5);
        cache.current();
        assertEquals(2, loader.fullLoads);
    }

    @Test
    void aChangeStampedBeforeTheLastLookButCommittedLaterIsNotMissed() {
        cache.current();
        log.tick(30);
        // a transaction that began 20 s ago commits now: its row is older than the last look
        loader.active.put(5L, candidate(5));
        log.addAt(5L, log.now.minusSeconds(40));
        assertEquals(Set.of(1L, 2L, 5L), ids(cache.current()));
    }

    @Test
    void aChangeDuringABackgroundReloadIsCaughtUpWith() {
        cache.current();
        loader.whileLoading = () -> {
            loader.active.put(6L, candidate(6));
            log.add(6L);
        };
        cache.reload();
        loader.whileLoading = null;
        // the reload may or may not have seen volunteer 6; the next look reads them again in any case
        assertEquals(Set.of(1L, 2L, 6L), ids(cache.current()));
        assertEquals(List.of(Set.of(6L)), loader.reread);
    }

    private static Candidate candidate(long id) {
        return Candidates.volunteer().withId(id).build();
    }

    private static Set<Long> ids(Collection<Candidate> candidates) {
        return candidates.stream().map(Candidate::volunteerId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The change log as a list, with a clock the test moves. */
    private static final class FakeLog extends ChangeLog {
        final List<Change> rows = new ArrayList<>();
        Instant now = Instant.parse("2026-12-05T10:00:00Z");
        long next = 1;

        void add(Long volunteer) {
            addAt(volunteer, now);
        }

        void addAt(Long volunteer, Instant at) {
            rows.add(new Change(next++, volunteer, at));
        }

        void tick(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public List<Change> since(Instant after) {
            return rows.stream().filter(c -> c.at().isAfter(after)).toList();
        }
    }

    /** The active volunteers as a map; counts what it was asked to read. */
    private static final class FakeLoader extends CandidateLoader {
        final Map<Long, Candidate> active = new HashMap<>();
        final List<Set<Long>> reread = new ArrayList<>();
        int fullLoads;
        Runnable whileLoading;

        @Override
        public List<Candidate> forAllActive() {
            fullLoads++;
            List<Candidate> all = new ArrayList<>(active.values());
            if (whileLoading != null) {
                whileLoading.run();
            }
            return all;
        }

        @Override
        public List<Candidate> activeAmong(Collection<Long> ids) {
            reread.add(Set.copyOf(ids));
            return ids.stream().map(active::get).filter(Objects::nonNull).toList();
        }
    }
}
