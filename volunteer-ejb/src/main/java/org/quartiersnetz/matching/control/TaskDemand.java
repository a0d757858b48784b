package org.quartiersnetz.matching.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.volunteer.entity.Skill;

/**
 * What the matching needs to know of an open task: its carrier, what its type requires, when,
 * which languages (the task's and the family's), skills, hours and free places, and who said
 * "I'm interested" on the board.
 *
 * @param startsOn the day the volunteer would start: the task's start, or today if that has passed
 */
public record TaskDemand(
        long taskId,
        long carrierId,
        String typeCode,
        boolean clearanceRequired,
        int minimumAge,
        Set<String> requiredCourses,
        Set<DeclarationKind> requiredDeclarations,
        List<WeeklyTime> schedule,
        LocalDate startsOn,
        BigDecimal hoursPerWeek,
        Set<String> languages,
        Set<String> familyLanguages,
        Set<Skill> skills,
        int placesFree,
        Set<Long> interested) {

    public TaskDemand {
        // sorted once here: the rules name what is missing in a stable order, millions of times in a batch
        requiredCourses = Collections.unmodifiableSortedSet(new TreeSet<>(requiredCourses));
        requiredDeclarations = Collections.unmodifiableSet(
                requiredDeclarations.isEmpty()
                        ? EnumSet.noneOf(DeclarationKind.class)
                        : EnumSet.copyOf(requiredDeclarations));
        schedule = List.copyOf(schedule);
        languages = Set.copyOf(languages);
        familyLanguages = Set.copyOf(familyLanguages);
        skills = Collections.unmodifiableSet(skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills));
        interested = Set.copyOf(interested);
    }
}
