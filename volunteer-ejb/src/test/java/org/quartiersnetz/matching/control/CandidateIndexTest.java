package org.quartiersnetz.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quartiersnetz.matching.control.Candidates.at;
import static org.quartiersnetz.matching.control.Candidates.free;
import static org.quartiersnetz.matching.control.Candidates.task;
import static org.quartiersnetz.matching.control.Candidates.volunteer;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.volunteer.entity.Availability;
import org.quartiersnetz.volunteer.entity.LanguageLevel;
import org.quartiersnetz.volunteer.entity.TimeBand;

/**
 * The index selects exactly whom the filters it replaces would choose, pair by pair (so the ranking
 * considers and the batch judges the same volunteers as before it, issue 22), and a snapshot stays as it
 * was when the cache changes afterwards.
 */
class CandidateIndexTest {

    private static final List<String> LANGUAGES = List.of("de", "tr", "ar", "ru", "en", "kmr");
    private static final List<WeeklyTime> TIMES = List.of(
            at(DayOfWeek.TUESDAY, "15:00", "17:00"),
            at(DayOfWeek.TUESDAY, "11:00", "13:00"),
            at(DayOfWeek.WEDNESDAY, "09:00", "11:00"),
            at(DayOfWeek.WEDNESDAY, "13:00", "15:00"),
            at(DayOfWeek.WEDNESDAY, "19:00", "20:00"),
            at(DayOfWeek.TUESDAY, "06:00", "08:00"));

    @Test
    void theSelectionsAreExactlyTheFiltersTheyReplace() {
        Random random = new Random(22L);
        List<Candidate> all = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            all.add(randomVolunteer(random, id));
        }
        CandidateIndex.Writer writer = CandidateIndex.Writer.of(all);
        // some leave, some change, some come: slots are reused and bits cleared
        for (long id = 1; id <= 300; id += 7) {
            writer.remove(id);
        }
        List<Candidate> now = new ArrayList<>();
        for (Candidate c : all) {
            if ((c.volunteerId() - 1) % 7 != 0) {
                Candidate changed = c.volunteerId() % 5 == 0 ? randomVolunteer(random, c.volunteerId()) : c;
                writer.put(changed);
                now.add(changed);
            }
        }
        for (long id = 301; id <= 330; id++) {
            Candidate c = randomVolunteer(random, id);
            writer.put(c);
            now.add(c);
        }
        CandidateIndex index = writer.snapshot();
        assertEquals(now.size(), index.size());

        for (int round = 0; round < 400; round++) {
            TaskDemand task = task().withCarrier(1 + random.nextInt(3))
                    .withLanguages(some(random, LANGUAGES, 2).toArray(String[]::new))
                    .withSchedule(some(random, TIMES, 2).toArray(WeeklyTime[]::new))
                    .build();
            BitSet languages = MatchRules.languageBits(task);
            int touched = MatchRules.touchedBands(task);
            int[] needed = MatchRules.neededTimes(task);

            Set<Long> considered = new TreeSet<>();
            Set<Long> plausible = new TreeSet<>();
            for (Candidate c : now) {
                // the filter of the ranking before the index
                if (c.visibleTo(task.carrierId())
                        && (languages.isEmpty() || languages.intersects(c.languageBits()))
                        && (task.schedule().isEmpty() || (c.availabilityBits() & touched) != 0)) {
                    considered.add(c.volunteerId());
                }
                // the batch's quick look, by whoever its carrier may see
                if (c.visibleTo(task.carrierId()) && MatchRules.plausible(task, languages, needed, c)) {
                    plausible.add(c.volunteerId());
                }
            }
            long[] byIndex = index.considered(
                    task.carrierId(), task.languages(), touched, task.schedule().isEmpty());
            assertEquals(considered, ids(index, byIndex), "round " + round + ": " + task);
            assertEquals(considered.size(), CandidateIndex.cardinality(byIndex));
            Set<Long> plausibleByIndex = new TreeSet<>();
            for (long id : ids(index, index.plausible(task.carrierId(), task.languages(), needed))) {
                Candidate c = now.stream()
                        .filter(x -> x.volunteerId() == id)
                        .findFirst()
                        .orElseThrow();
                // the index knows nothing of tasks proposed or declined: those the batch leaves out itself
                if (MatchRules.plausible(task, languages, needed, c)) {
                    plausibleByIndex.add(id);
                }
            }
            assertEquals(plausible, plausibleByIndex, "round " + round + ": " + task);
        }
    }

    @Test
    void whatTheTypeRequiresLeavesOutOnlyWhomTheRulesExclude() {
        Random random = new Random(2026_22L);
        List<Candidate> all = new ArrayList<>();
        for (long id = 1; id <= 400; id++) {
            Candidates.VolunteerBuilder v = volunteer()
                    .withId(id)
                    .withChosenCarriers(Candidates.CARRIER, Candidates.OTHER_CARRIER)
                    .withClearanceConsent(random.nextBoolean());
            switch (random.nextInt(6)) {
                case 0 -> v.withoutClearances();
                case 1 ->
                    v.withClearances(Candidates.OTHER_CARRIER, Candidates.inspection(Candidates.TODAY.plusYears(3)));
                case 2 -> v.withClearance(Candidates.OTHER_CARRIER, Candidates.conviction());
                case 3 -> v.withClearances(Candidates.CARRIER, Candidates.inspection(Candidates.TODAY.plusDays(5)));
                default -> {}
            }
            switch (random.nextInt(5)) {
                case 0 -> v.withoutQualifications();
                case 1 ->
                    v.withoutQualifications()
                            .withConfirmedRunEnds(Candidates.COURSE, Candidates.NOW.plusSeconds(86_400));
                case 2 ->
                    v.withoutQualifications()
                            .withConfirmedRunEnds(Candidates.COURSE, Candidates.NOW.minusSeconds(86_400));
                default -> {}
            }
            if (random.nextInt(5) == 0) {
                v.withSignedDeclarations(random.nextBoolean() ? 40L : 41L);
            }
            if (random.nextInt(8) == 0) {
                v.withBirthDate(null);
            }
            all.add(v.build());
        }
        CandidateIndex index = CandidateIndex.Writer.of(all).snapshot();
        int left = 0;
        int eligible = 0;
        for (boolean clearance : List.of(true, false)) {
            for (String[] courses : List.<String[]>of(new String[] {Candidates.COURSE}, new String[0])) {
                TaskDemand task = task().withClearanceRequired(clearance)
                        .withRequiredCourses(courses)
                        .build();
                long[] selected = index.plausible(task.carrierId(), task.languages(), MatchRules.neededTimes(task));
                index.withoutTheCertainlyExcluded(selected, task, Candidates.context());
                Set<Long> kept = ids(index, selected);
                for (Candidate c : all) {
                    boolean ok = MatchRules.eligible(task, c, Candidates.context());
                    eligible += ok ? 1 : 0;
                    if (ok) {
                        assertTrue(kept.contains(c.volunteerId()), c + " is eligible for " + task);
                    } else if (!kept.contains(c.volunteerId())) {
                        left++;
                    }
                }
            }
        }
        // neither vacuous: many are left out, many stay
        assertTrue(left > 300 && eligible > 100, left + " left out, " + eligible + " eligible");
    }

    @Test
    void aSnapshotDoesNotChangeWithTheWriter() {
        CandidateIndex.Writer writer = CandidateIndex.Writer.of(
                List.of(volunteer().withId(1).build(), volunteer().withId(2).build()));
        CandidateIndex before = writer.snapshot();
        writer.remove(1);
        writer.put(volunteer().withId(3).withSharedPool(true).build());
        CandidateIndex after = writer.snapshot();

        assertEquals(2, before.size());
        assertEquals(
                List.of(1L, 2L),
                before.all().stream().map(Candidate::volunteerId).toList());
        assertEquals(2, after.size());
        // the slot of the one who left is taken by the next one who comes
        assertEquals(
                List.of(3L, 2L),
                after.all().stream().map(Candidate::volunteerId).toList());
        assertEquals(2, CandidateIndex.cardinality(before.visibleToAny(List.of(Candidates.CARRIER))));
        // a carrier nobody chose sees the shared pool only
        assertEquals(1, CandidateIndex.cardinality(after.visibleToAny(List.of(7L))));
        assertTrue(writer.contains(3));
        assertEquals(0, CandidateIndex.EMPTY.size());
    }

    private static Set<Long> ids(CandidateIndex index, long[] selected) {
        Set<Long> ids = new TreeSet<>();
        for (int word = 0; word < selected.length; word++) {
            for (long bits = selected[word]; bits != 0; bits &= bits - 1) {
                ids.add(index.at(word * 64 + Long.numberOfTrailingZeros(bits)).volunteerId());
            }
        }
        return ids;
    }

    private static Candidate randomVolunteer(Random random, long id) {
        Candidates.VolunteerBuilder v = volunteer()
                .withId(id)
                .withLanguages()
                .withAvailability()
                .withChosenCarriers(some(random, List.of(1L, 2L, 3L), 2).toArray(Long[]::new))
                .withSharedPool(random.nextInt(4) == 0)
                .withLive(random.nextInt(8) == 0 ? Candidates.TASK : Candidates.OTHER_TASK)
                .withDeclined(random.nextInt(8) == 0 ? Candidates.TASK : Candidates.OTHER_TASK);
        for (String language : some(random, LANGUAGES, 3)) {
            v.withLanguage(language, LanguageLevel.values()[random.nextInt(LanguageLevel.values().length)]);
        }
        List<Availability> free = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)) {
            for (TimeBand band : TimeBand.values()) {
                if (random.nextInt(3) == 0) {
                    free.add(free(day, band));
                }
            }
        }
        return v.withAvailability(free.toArray(Availability[]::new)).build();
    }

    private static <T> List<T> some(Random random, List<T> from, int most) {
        List<T> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, random.nextInt(most + 1));
    }
}
