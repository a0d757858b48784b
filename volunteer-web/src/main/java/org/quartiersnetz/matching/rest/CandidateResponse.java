package org.quartiersnetz.matching.rest;

import java.util.List;
import org.quartiersnetz.matching.control.Match;
import org.quartiersnetz.matching.view.ReasonTexts;

/**
 * One volunteer as the matching judged them for a task: eligible, on condition or excluded, the
 * score, why they fit, what is missing without excluding them, the conditions, what excludes them.
 */
public record CandidateResponse(
        long volunteerId,
        String name,
        Match.Verdict verdict,
        int score,
        boolean interested,
        long waitingWeeks,
        List<ReasonResponse> reasons,
        List<ReasonResponse> gaps,
        List<ReasonResponse> conditions,
        List<ReasonResponse> exclusions) {

    public static CandidateResponse of(Match match, ReasonTexts texts) {
        return new CandidateResponse(
                match.candidate().volunteerId(),
                match.candidate().name(),
                match.verdict(),
                match.score(),
                match.interested(),
                match.waitingWeeks(),
                ReasonResponse.of(match.reasons(), texts),
                ReasonResponse.of(match.gaps(), texts),
                ReasonResponse.of(match.conditions(), texts),
                ReasonResponse.of(match.exclusions(), texts));
    }
}
