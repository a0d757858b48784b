package org.quartiersnetz.matching.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quartiersnetz.clearance.control.ClearanceRules;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.training.control.CourseStatusRule;
import org.quartiersnetz.volunteer.entity.Availability;
import org.quartiersnetz.volunteer.entity.LanguageLevel;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * What the matching needs to know of a volunteer, loaded in bulk for many at once
 * ({@link CandidateLoader}): profile, commitments, §72a inspections, qualifications, declarations.
 *
 * @param hoursCommitted hours a week of the tasks they hold a place in
 * @param openProposals proposals they have not answered yet
 * @param everPlaced held a place in a task at some time (so no longer waiting for a first one)
 * @param declinedTasks tasks whose proposal they declined
 * @param liveTasks tasks they are proposed for or hold a place in
 * @param clearances the inspections of all carriers, by inspecting carrier
 * @param clearanceConsent whether every carrier may rely on any carrier's inspection
 * @param qualifications by course code
 * @param confirmedRunEnds by course code: when the runs end in which they have a confirmed place
 * @param signedDeclarations ids of the declaration versions they signed
 * @param heldTimes the weekly times of the tasks they hold a place in (taken for anything else)
 */
public record Candidate(
        long volunteerId,
        String firstName,
        String lastName,
        VolunteerStatus status,
        LocalDate birthDate,
        Integer maxHoursPerWeek,
        LocalDate availableFrom,
        LocalDate availableUntil,
        Instant signedUpAt,
        Map<String, LanguageLevel> languages,
        Set<Availability> availability,
        Set<Skill> skills,
        Set<String> interests,
        Set<Long> chosenCarriers,
        boolean sharedPool,
        double hoursCommitted,
        int openProposals,
        boolean everPlaced,
        Set<Long> declinedTasks,
        Set<Long> liveTasks,
        Map<Long, List<ClearanceRules.Facts>> clearances,
        boolean clearanceConsent,
        Map<String, List<CourseStatusRule.Validity>> qualifications,
        Map<String, List<Instant>> confirmedRunEnds,
        Set<Long> signedDeclarations,
        BitSet languageBits,
        int availabilityBits,
        List<WeeklyTime> heldTimes) {

    /** Whether staff of the carrier may see (and so be offered) this volunteer. */
    public boolean visibleTo(long carrierId) {
        return sharedPool || chosenCarriers.contains(carrierId);
    }

    public String name() {
        return firstName + " " + lastName;
    }
}
