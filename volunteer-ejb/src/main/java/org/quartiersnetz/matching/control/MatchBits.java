package org.quartiersnetz.matching.control;

import java.time.DayOfWeek;
import java.util.BitSet;
import java.util.Collection;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.volunteer.entity.Availability;
import org.quartiersnetz.volunteer.entity.TimeBand;

/**
 * Languages and weekly times as bits, so that the batch proposal can reject most of millions of
 * volunteer–task pairs with two machine operations before it scores the rest.
 */
final class MatchBits {

    private static final int BANDS = TimeBand.values().length;
    private static final Availability[] SHARED = new Availability[7 * BANDS];

    static {
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TimeBand band : TimeBand.values()) {
                SHARED[(day.getValue() - 1) * BANDS + band.ordinal()] = new Availability(day, band);
            }
        }
    }

    private MatchBits() {}

    /** One bit per two-letter language code. */
    static BitSet languages(Collection<String> codes) {
        BitSet bits = new BitSet(26 * 26);
        for (String code : codes) {
            if (code.length() == 2) {
                bits.set((code.charAt(0) - 'a') * 26 + (code.charAt(1) - 'a'));
            }
        }
        return bits;
    }

    /** One shared instance per day and band: tens of thousands of volunteers offer the same few. */
    static Availability availability(DayOfWeek day, TimeBand band) {
        return SHARED[(day.getValue() - 1) * BANDS + band.ordinal()];
    }

    static int bit(DayOfWeek day, TimeBand band) {
        return 1 << ((day.getValue() - 1) * BANDS + band.ordinal());
    }

    static int availability(Collection<Availability> availability) {
        int bits = 0;
        for (Availability a : availability) {
            bits |= bit(a.getDay(), a.getBand());
        }
        return bits;
    }

    /** The bands of the day a weekly time touches; 0 when it lies outside all bands (e.g. 6–8 h). */
    static int needed(WeeklyTime time) {
        int bits = 0;
        for (TimeBand band : TimeBand.values()) {
            if (time.getStart().isBefore(band.end()) && time.getEnd().isAfter(band.start())) {
                bits |= bit(time.getDay(), band);
            }
        }
        return bits;
    }

    /** Free at the whole time: every band it touches is offered. */
    static boolean covers(int availability, int needed) {
        return needed != 0 && (availability & needed) == needed;
    }
}
