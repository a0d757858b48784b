package org.quartiersnetz.matching.control;

/**
 * How much each part of a match counts, in points (the best possible score is the sum of the
 * positive parts, 1,000 with the defaults), and the limits that keep anyone from being flooded.
 * From configuration ({@link MatchingSettings}), never from code.
 *
 * @param language speaks the family's language (or the task's) at a good level
 * @param times free at all of the task's weekly times
 * @param skills has all of the skills the task asks for
 * @param typeInterest named the kind of task among their interests
 * @param waiting never placed and waiting {@code waitingCapWeeks} weeks or more
 * @param carrierChoice chose the task's carrier rather than only the shared pool
 * @param load taken off when the volunteer's weekly hours are fully given elsewhere
 * @param perOpenProposal taken off for each proposal the volunteer has not answered yet
 * @param condition taken off when eligible only on condition (a course still to complete)
 * @param waitingCapWeeks from how many weeks on waiting counts fully
 * @param maxOpenProposals with this many unanswered proposals a volunteer gets no further one
 * @param batchPerVolunteer new proposals one batch gives a volunteer at most
 */
public record MatchWeights(
        int language,
        int times,
        int skills,
        int typeInterest,
        int waiting,
        int carrierChoice,
        int load,
        int perOpenProposal,
        int condition,
        int waitingCapWeeks,
        int maxOpenProposals,
        int batchPerVolunteer) {

    public static final MatchWeights DEFAULTS = new MatchWeights(250, 200, 150, 100, 200, 100, 100, 25, 100, 26, 3, 1);

    /** The best score a volunteer can reach. */
    public int maximum() {
        return language + times + skills + typeInterest + waiting + carrierChoice;
    }
}
