package org.quartiersnetz.matching.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The matching's reasons without what only the owning carrier's staff and the volunteer placed with
 * the family may learn: the family's languages. A language the task itself asks for is public (the
 * board shows it), so speaking it stays a reason; one only the family speaks disappears.
 */
public final class FamilyReasons {

    private FamilyReasons() {}

    public static List<Reason> hidden(List<Reason> reasons, Set<String> taskLanguages) {
        List<Reason> shown = new ArrayList<>();
        for (Reason r : reasons) {
            Reason kept = switch (r.code()) {
                case SPEAKS_FAMILY_LANGUAGE ->
                    taskLanguages.contains(r.args().get(0)) ? new Reason(ReasonCode.SPEAKS_LANGUAGE, r.args()) : null;
                case LANGUAGE_BASIC -> taskLanguages.contains(r.args().get(0)) ? r : null;
                case NO_FAMILY_LANGUAGE -> null;
                default -> r;
            };
            if (kept != null && !shown.contains(kept)) {
                shown.add(kept);
            }
        }
        return shown;
    }

    /** The match as someone outside the owning carrier may see it. */
    public static Match hidden(Match m, Set<String> taskLanguages) {
        return new Match(
                m.candidate(),
                m.verdict(),
                m.score(),
                hidden(m.reasons(), taskLanguages),
                hidden(m.gaps(), taskLanguages),
                m.conditions(),
                m.exclusions(),
                m.interested(),
                m.waitingWeeks());
    }
}
