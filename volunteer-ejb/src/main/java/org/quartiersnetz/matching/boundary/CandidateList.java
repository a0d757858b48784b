package org.quartiersnetz.matching.boundary;

import java.util.List;
import org.quartiersnetz.matching.control.Match;
import org.quartiersnetz.matching.control.Phases;
import org.quartiersnetz.task.entity.Task;

/**
 * The ranked candidates for one task: who is eligible (or eligible on condition), best first,
 * and the next best of those who are not, with what they lack.
 *
 * @param considered how many volunteers were judged (those the carrier may see who speak a language of
 *     the task and offer a band at one of its times)
 * @param eligible how many of them are eligible, before the list was cut to the limit
 * @param phases where the time went (for the Server-Timing header)
 */
public record CandidateList(
        Task task, List<Match> suggestions, List<Match> nearMisses, int considered, int eligible, Phases phases) {}
