package org.quartiersnetz.matching.rest;

import java.util.List;
import java.util.Locale;
import org.quartiersnetz.matching.boundary.BatchProposal;
import org.quartiersnetz.matching.view.ReasonTexts;

/**
 * The batch proposal to review: per task the volunteers to propose, with score and reasons; the
 * total score, whether it is proven optimal, and the size of the problem that was solved.
 */
public record BatchProposalResponse(
        int tasks,
        int places,
        int volunteers,
        long pairsJudged,
        int edges,
        long totalScore,
        boolean optimal,
        List<Item> assignments) {

    /** One proposal of the batch. */
    public record Item(
            long taskId,
            String taskTitle,
            String carrier,
            long volunteerId,
            String name,
            int score,
            boolean interested,
            List<ReasonResponse> reasons,
            List<ReasonResponse> gaps,
            List<ReasonResponse> conditions) {}

    public static BatchProposalResponse of(BatchProposal proposal, ReasonTexts texts, Locale locale) {
        return new BatchProposalResponse(
                proposal.tasks(),
                proposal.places(),
                proposal.volunteers(),
                proposal.pairsJudged(),
                proposal.edges(),
                proposal.totalScore(),
                proposal.optimal(),
                proposal.assignments().stream()
                        .map(a -> new Item(
                                a.task().getId(),
                                a.task().title(locale),
                                a.task().getCarrier().getShortName(),
                                a.match().candidate().volunteerId(),
                                a.match().candidate().name(),
                                a.match().score(),
                                a.match().interested(),
                                ReasonResponse.of(a.match().reasons(), texts),
                                ReasonResponse.of(a.match().gaps(), texts),
                                ReasonResponse.of(a.match().conditions(), texts)))
                        .toList());
    }
}
