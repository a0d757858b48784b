package org.quartiersnetz.matching.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quartiersnetz.clearance.control.ClearanceRules;
import org.quartiersnetz.declaration.entity.DeclarationKind;

/**
 * The in-memory view of the active volunteers as one immutable snapshot: the candidates slot by slot,
 * and a bitset of slots per band of the week, per language (two-letter code, as {@link MatchBits}) and
 * per chosen carrier, besides one of the shared pool. A task finds those who can matter (visible to
 * its carrier, speaking one of its languages, free at one of its times) with a few thousand word
 * operations instead of looking at every volunteer (issue 22); the rules then judge only them. The
 * selections are exact, not approximate: each equals the filter it replaces, pair by pair.
 * <p>
 * {@link CandidateCache} changes it through a {@link Writer} and publishes a copy after each change, so
 * a request reads one consistent view however long it takes.
 */
public final class CandidateIndex {

    private static final int BAND_BITS = 28;
    private static final long[] NONE = {};
    private static final String POOL = "pool";
    private static final String BORN = "born";
    /** Consented that every carrier may rely on their inspections, none with a relevant conviction. */
    private static final String CLEARED_EVERYWHERE = "cleared";

    static final CandidateIndex EMPTY = new Writer().snapshot();

    private final Candidate[] slots;
    private final int count;
    private final int words;
    private final Map<String, long[]> sets;

    private CandidateIndex(Candidate[] slots, int count, int words, Map<String, long[]> sets) {
        this.slots = slots;
        this.count = count;
        this.words = words;
        this.sets = sets;
    }

    private static final String[] BANDS = new String[BAND_BITS];

    static {
        for (int bit = 0; bit < BAND_BITS; bit++) {
            BANDS[bit] = "band:" + bit;
        }
    }

    private static String band(int bit) {
        return BANDS[bit];
    }

    private static String language(String code) {
        return "language:" + code;
    }

    private static String carrier(long id) {
        return "carrier:" + id;
    }

    private static String clearedBy(long carrier) {
        return "cleared:" + carrier;
    }

    private static String course(String code) {
        return "course:" + code;
    }

    private static String signed(long declaration) {
        return "signed:" + declaration;
    }

    private long[] set(String key) {
        return sets.getOrDefault(key, NONE);
    }

    /** How many active volunteers it holds. */
    public int size() {
        return count;
    }

    /** Slots run from 0 to this (exclusive); some may be empty. */
    public int slotCount() {
        return slots.length;
    }

    /** The candidate in the slot, null for an empty one. */
    public Candidate at(int slot) {
        return slots[slot];
    }

    /** Every candidate, in the order of their slots. */
    public List<Candidate> all() {
        List<Candidate> all = new ArrayList<>(count);
        for (Candidate c : slots) {
            if (c != null) {
                all.add(c);
            }
        }
        return all;
    }

    /** The slots of those whom staff of one of the carriers may see (the shared pool or chose one of them). */
    public long[] visibleToAny(Collection<Long> carrierIds) {
        long[] selected = Arrays.copyOf(set(POOL), words);
        for (Long carrier : carrierIds) {
            or(selected, set(carrier(carrier)));
        }
        return selected;
    }

    /**
     * The slots of those whom staff of the carrier may see who speak one of the languages (anybody when
     * none has two letters) and offer at least one of the bands ({@code anyBand}; anybody when
     * {@code everyBand} is set, for a task without weekly times): the volunteers the ranking considers.
     */
    public long[] considered(long carrierId, Collection<String> languageCodes, int anyBand, boolean everyBand) {
        long[] selected = visible(carrierId);
        restrictToLanguages(selected, languageCodes);
        if (!everyBand) {
            long[] free = new long[words];
            for (int bits = anyBand; bits != 0; bits &= bits - 1) {
                or(free, set(band(Integer.numberOfTrailingZeros(bits))));
            }
            and(selected, free);
        }
        return selected;
    }

    /**
     * The slots of those whom staff of the carrier may see who speak one of the languages (anybody when
     * none has two letters) and are free at the whole of at least one of the times (each given as the
     * bands it needs, {@link MatchRules#neededTimes}; anybody when there are none): the pairs the batch
     * looks at, as {@link MatchRules#plausible} would choose them.
     */
    public long[] plausible(long carrierId, Collection<String> languageCodes, int[] neededTimes) {
        long[] selected = visible(carrierId);
        restrictToLanguages(selected, languageCodes);
        if (neededTimes.length > 0) {
            long[] free = new long[words];
            long[] time = new long[words];
            for (int needed : neededTimes) {
                if (needed == 0) {
                    continue;
                }
                Arrays.fill(time, 0);
                or(time, set(band(Integer.numberOfTrailingZeros(needed))));
                for (int bits = needed & (needed - 1); bits != 0; bits &= bits - 1) {
                    and(time, set(band(Integer.numberOfTrailingZeros(bits))));
                }
                or(free, time);
            }
            and(selected, free);
        }
        return selected;
    }

    /**
     * Leaves out of the selection those whom a hard constraint of the task's type excludes whatever the
     * day: no date of birth, no inspection the carrier may rely on or one with a relevant conviction (when
     * the type asks for clearance), neither a qualification nor a confirmed place for a required course,
     * the version in force of a required declaration not signed. Who stays may still be excluded on the
     * day (an inspection due, a qualification expired): {@link MatchRules#eligible} decides.
     */
    public void withoutTheCertainlyExcluded(long[] selected, TaskDemand task, MatchContext context) {
        and(selected, set(BORN));
        if (task.clearanceRequired()) {
            long[] cleared = Arrays.copyOf(set(CLEARED_EVERYWHERE), words);
            or(cleared, set(clearedBy(task.carrierId())));
            and(selected, cleared);
        }
        for (String required : task.requiredCourses()) {
            and(selected, set(course(required)));
        }
        for (DeclarationKind kind : task.requiredDeclarations()) {
            Long inForce = context.declarationsInForce().get(kind);
            if (inForce != null) {
                and(selected, set(signed(inForce)));
            }
        }
    }

    private long[] visible(long carrierId) {
        long[] selected = Arrays.copyOf(set(POOL), words);
        or(selected, set(carrier(carrierId)));
        return selected;
    }

    private void restrictToLanguages(long[] selected, Collection<String> languageCodes) {
        long[] spoken = null;
        for (String code : languageCodes) {
            if (code.length() == 2) {
                if (spoken == null) {
                    spoken = new long[words];
                }
                or(spoken, set(language(code)));
            }
        }
        if (spoken != null) {
            and(selected, spoken);
        }
    }

    /** How many slots the bitset selects. */
    public static int cardinality(long[] selected) {
        int n = 0;
        for (long word : selected) {
            n += Long.bitCount(word);
        }
        return n;
    }

    private static void or(long[] into, long[] other) {
        int common = Math.min(into.length, other.length);
        for (int i = 0; i < common; i++) {
            into[i] |= other[i];
        }
    }

    private static void and(long[] into, long[] other) {
        int common = Math.min(into.length, other.length);
        for (int i = 0; i < common; i++) {
            into[i] &= other[i];
        }
        for (int i = common; i < into.length; i++) {
            into[i] = 0;
        }
    }

    /**
     * The mutable side, owned by one writer at a time ({@link CandidateCache} under its lock): puts and
     * removes candidates by volunteer id, reusing the slots of those who left, and hands out snapshots.
     */
    static final class Writer {

        private Candidate[] slots = new Candidate[0];
        private int words;
        private final Map<String, long[]> sets = new HashMap<>();
        private final Map<Long, Integer> slotOf = new HashMap<>();
        private final List<Integer> free = new ArrayList<>();

        /** A writer holding these candidates in this order. */
        static Writer of(Collection<Candidate> candidates) {
            Writer writer = new Writer();
            writer.grow(candidates.size());
            candidates.forEach(writer::put);
            return writer;
        }

        /** Adds the candidate, or replaces the one with the same volunteer id in its slot. */
        void put(Candidate c) {
            Integer slot = slotOf.get(c.volunteerId());
            if (slot != null) {
                clear(slot);
            } else if (!free.isEmpty()) {
                slot = free.remove(free.size() - 1);
            } else {
                slot = slotOf.size();
                grow(slot + 1);
            }
            slotOf.put(c.volunteerId(), slot);
            slots[slot] = c;
            for (String key : keys(c)) {
                set(key, slot);
            }
        }

        /** The sets the candidate belongs to. */
        private static List<String> keys(Candidate c) {
            List<String> keys = new ArrayList<>();
            for (int bits = c.availabilityBits(); bits != 0; bits &= bits - 1) {
                keys.add(band(Integer.numberOfTrailingZeros(bits)));
            }
            for (String code : c.languages().keySet()) {
                if (code.length() == 2) {
                    keys.add(language(code));
                }
            }
            for (Long carrier : c.chosenCarriers()) {
                keys.add(carrier(carrier));
            }
            if (c.sharedPool()) {
                keys.add(POOL);
            }
            if (c.birthDate() != null) {
                keys.add(BORN);
            }
            // as MatchRules.reliedOn: with consent every carrier relies on all inspections, else each on its own
            if (c.clearanceConsent()) {
                boolean any = false;
                boolean convicted = false;
                for (List<ClearanceRules.Facts> checks : c.clearances().values()) {
                    any |= !checks.isEmpty();
                    convicted |= checks.stream().anyMatch(ClearanceRules.Facts::relevantConviction);
                }
                if (any && !convicted) {
                    keys.add(CLEARED_EVERYWHERE);
                }
            } else {
                c.clearances().forEach((carrier, checks) -> {
                    if (!checks.isEmpty() && checks.stream().noneMatch(ClearanceRules.Facts::relevantConviction)) {
                        keys.add(clearedBy(carrier));
                    }
                });
            }
            c.qualifications().forEach((code, held) -> {
                if (!held.isEmpty()) {
                    keys.add(course(code));
                }
            });
            c.confirmedRunEnds().forEach((code, ends) -> {
                if (!ends.isEmpty()) {
                    keys.add(course(code));
                }
            });
            for (Long declaration : c.signedDeclarations()) {
                keys.add(signed(declaration));
            }
            return keys;
        }

        /** Takes the volunteer out, if there. */
        void remove(long volunteerId) {
            Integer slot = slotOf.remove(volunteerId);
            if (slot != null) {
                clear(slot);
                slots[slot] = null;
                free.add(slot);
            }
        }

        boolean contains(long volunteerId) {
            return slotOf.containsKey(volunteerId);
        }

        private void clear(int slot) {
            long mask = ~(1L << slot);
            int word = slot >>> 6;
            for (long[] bitset : sets.values()) {
                if (word < bitset.length) {
                    bitset[word] &= mask;
                }
            }
        }

        private void grow(int slotCount) {
            if (slotCount > slots.length) {
                slots = Arrays.copyOf(slots, Math.max(slotCount, slots.length + slots.length / 2 + 64));
            }
            words = Math.max(words, (slotCount + 63) >>> 6);
        }

        private void set(String key, int slot) {
            long[] bitset = sets.get(key);
            if (bitset == null || bitset.length <= slot >>> 6) {
                bitset = bitset == null ? new long[words] : Arrays.copyOf(bitset, words);
                sets.put(key, bitset);
            }
            bitset[slot >>> 6] |= 1L << slot;
        }

        /** A copy that no later change touches; every bitset as long as the slots need. */
        CandidateIndex snapshot() {
            int used = slotOf.size() + free.size();
            int length = (used + 63) >>> 6;
            Map<String, long[]> copies = new HashMap<>();
            sets.forEach((key, bitset) -> copies.put(key, Arrays.copyOf(bitset, length)));
            return new CandidateIndex(Arrays.copyOf(slots, used), slotOf.size(), length, copies);
        }
    }
}
