package org.quartiersnetz.matching.rest;

import java.util.List;
import java.util.Locale;
import org.quartiersnetz.matching.boundary.CandidateList;
import org.quartiersnetz.matching.view.ReasonTexts;

/**
 * The ranked candidates for a task and the next best who are not eligible, with what they lack.
 *
 * @param considered volunteers judged (the carrier may see them, they speak a language of the task and
 *     offer a band at one of its times)
 */
public record CandidatesResponse(
        long taskId,
        String title,
        int placesFree,
        int considered,
        int eligible,
        List<CandidateResponse> suggestions,
        List<CandidateResponse> nearMisses) {

    public static CandidatesResponse of(CandidateList list, ReasonTexts texts, Locale locale) {
        return new CandidatesResponse(
                list.task().getId(),
                list.task().title(locale),
                list.task().placesFree(),
                list.considered(),
                list.eligible(),
                list.suggestions().stream()
                        .map(m -> CandidateResponse.of(m, texts))
                        .toList(),
                list.nearMisses().stream()
                        .map(m -> CandidateResponse.of(m, texts))
                        .toList());
    }
}
