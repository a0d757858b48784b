package org.quartiersnetz.matching.boundary;

import java.util.List;
import org.quartiersnetz.matching.control.Match;
import org.quartiersnetz.matching.control.Phases;
import org.quartiersnetz.task.entity.Task;

/**
 * The assignment of volunteers to a carrier's (or the network's) open tasks that maximises the
 * total score, for coordinators to review and send.
 *
 * @param places places still to propose for across the tasks (needed, minus placed, minus open proposals)
 * @param totalScore the sum of the proposed matches' scores
 * @param optimal the solver proved that no assignment has a higher total
 * @param pairsJudged volunteer–task pairs that passed the quick look (the index: visible, a language, free at a
 *     time, nothing the type requires certainly missing; not proposed or declined before) and were judged
 * @param phases where the time went (for the Server-Timing header)
 */
public record BatchProposal(
        List<Assignment> assignments,
        int tasks,
        int places,
        int volunteers,
        long totalScore,
        boolean optimal,
        long pairsJudged,
        int edges,
        Phases phases) {

    /** One proposal: the task and the judged match of its volunteer. */
    public record Assignment(Task task, Match match) {}
}
