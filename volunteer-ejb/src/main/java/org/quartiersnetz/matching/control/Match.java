package org.quartiersnetz.matching.control;

import java.util.Comparator;
import java.util.List;

/**
 * The matching's judgement of one volunteer for one task: eligible, eligible on condition, or
 * excluded; the score that ranks them, why they fit (reasons), what is missing without excluding
 * them (gaps), what is only a condition, and what excludes them.
 */
public record Match(
        Candidate candidate,
        Verdict verdict,
        int score,
        List<Reason> reasons,
        List<Reason> gaps,
        List<Reason> conditions,
        List<Reason> exclusions,
        boolean interested,
        long waitingWeeks) {

    public enum Verdict {
        ELIGIBLE,
        ON_CONDITION,
        EXCLUDED
    }

    public boolean isEligible() {
        return verdict != Verdict.EXCLUDED;
    }

    /**
     * Ranks eligible volunteers: higher score first; among equals who said "I'm interested" on the
     * board, then who waited longer, then the earlier sign-up (lower id).
     */
    public static final Comparator<Match> RANKING = Comparator.comparingInt(Match::score)
            .reversed()
            .thenComparing(Match::interested, Comparator.reverseOrder())
            .thenComparing(Match::waitingWeeks, Comparator.reverseOrder())
            .thenComparingLong(m -> m.candidate().volunteerId());

    /** The next best of the excluded: fewest obstacles first, then as {@link #RANKING}. */
    public static final Comparator<Match> NEAR_MISS =
            Comparator.comparingInt((Match m) -> m.exclusions().size()).thenComparing(RANKING);
}
