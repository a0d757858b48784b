package org.quartiersnetz.task.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.volunteer.entity.Skill;

/**
 * An open task as the public board shows it. Built field by field from what may be public: it
 * has no field for a family, a staff note or who created the task.
 */
public record BoardItem(
        long id,
        String type,
        String typeName,
        boolean slotBased,
        String title,
        String description,
        String carrier,
        String site,
        String postcode,
        boolean atFamilyHome,
        SortedSet<WeeklyTime> schedule,
        LocalDate startsOn,
        Integer durationMonths,
        BigDecimal hoursPerWeek,
        SortedSet<String> languages,
        Set<Skill> skills,
        int volunteersNeeded,
        int placesFree) {

    static BoardItem of(Task task, Locale locale) {
        return new BoardItem(
                task.getId(),
                task.getType().getCode(),
                task.getType().name(locale),
                task.getType().isSlotBased(),
                task.title(locale),
                task.description(locale),
                task.getCarrier().getName(),
                task.getSite() == null ? null : task.getSite().getName(),
                task.getSite() == null ? null : task.getSite().getPostcode(),
                task.isAtFamilyHome(),
                task.getSchedule(),
                task.getStartsOn(),
                task.getDurationMonths(),
                task.getHoursPerWeek(),
                task.getLanguages(),
                task.getSkills(),
                task.getVolunteersNeeded(),
                Math.max(0, task.getVolunteersNeeded() - task.getVolunteersPlaced()));
    }
}
