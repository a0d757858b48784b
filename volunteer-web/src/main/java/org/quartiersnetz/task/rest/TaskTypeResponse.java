package org.quartiersnetz.task.rest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.task.entity.TaskScheduling;
import org.quartiersnetz.task.entity.TaskType;

/** A kind of task with what it requires; {@code name} is in the request's language. */
public record TaskTypeResponse(
        long id,
        String code,
        String name,
        String nameDe,
        String nameEn,
        boolean clearanceRequired,
        Integer supervisionIntervalWeeks,
        int minimumAge,
        BigDecimal typicalHoursPerWeek,
        Integer typicalDurationMonths,
        TaskScheduling scheduling,
        Set<String> requiredCourses,
        Set<DeclarationKind> requiredDeclarations,
        boolean tandem) {

    static TaskTypeResponse of(TaskType type, Locale locale) {
        return new TaskTypeResponse(
                type.getId(),
                type.getCode(),
                type.name(locale),
                type.getNameDe(),
                type.getNameEn(),
                type.isClearanceRequired(),
                type.getSupervisionIntervalWeeks(),
                type.getMinimumAge(),
                type.getTypicalHoursPerWeek(),
                type.getTypicalDurationMonths(),
                type.getScheduling(),
                type.getRequiredCourses(),
                type.getRequiredDeclarations(),
                type.isTandem());
    }
}
