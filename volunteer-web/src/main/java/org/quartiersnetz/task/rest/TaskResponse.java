package org.quartiersnetz.task.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.quartiersnetz.common.boundary.TextsInput;
import org.quartiersnetz.common.entity.WeeklyTime;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.task.entity.TaskStatus;
import org.quartiersnetz.volunteer.entity.Skill;

/**
 * A task as carrier staff see it. Family and staff note are filled for the owning carrier's
 * staff only (null for the network coordinator).
 */
public record TaskResponse(
        long id,
        String carrier,
        String type,
        String titleDe,
        String titleEn,
        String descriptionDe,
        String descriptionEn,
        Map<String, TextsInput.Translation> translations,
        Long siteId,
        String siteName,
        boolean atFamilyHome,
        Long familyId,
        String familyCode,
        SortedSet<WeeklyTime> schedule,
        LocalDate startsOn,
        Integer durationMonths,
        BigDecimal hoursPerWeek,
        SortedSet<String> languages,
        Set<Skill> skills,
        int volunteersNeeded,
        int volunteersPlaced,
        TaskStatus status,
        List<String> allowedNext,
        String staffNote,
        Instant createdAt,
        Instant updatedAt) {

    static TaskResponse of(Task task, boolean internals, String familyCode) {
        return new TaskResponse(
                task.getId(),
                task.getCarrier().getCode(),
                task.getType().getCode(),
                task.getTexts().titleIn("de"),
                task.getTexts().titleIn("en"),
                task.getTexts().descriptionIn("de"),
                task.getTexts().descriptionIn("en"),
                TextsInput.translationsOf(task.getTexts()),
                task.getSite() == null ? null : task.getSite().getId(),
                task.getSite() == null ? null : task.getSite().getName(),
                task.isAtFamilyHome(),
                internals ? task.getFamilyId() : null,
                internals ? familyCode : null,
                task.getSchedule(),
                task.getStartsOn(),
                task.getDurationMonths(),
                task.getHoursPerWeek(),
                task.getLanguages(),
                task.getSkills(),
                task.getVolunteersNeeded(),
                task.getVolunteersPlaced(),
                task.getStatus(),
                task.getStatus().nextByStaff().stream().map(Enum::name).sorted().toList(),
                internals ? task.getStaffNote() : null,
                task.getCreatedAt(),
                task.getUpdatedAt());
    }
}
