package org.quartiersnetz.training.rest;

import java.util.Locale;
import org.quartiersnetz.training.entity.Course;

/** A course of the catalogue; carrier null means network-wide, validityMonths null means it does not expire. */
public record CourseResponse(
        long id, String code, String title, String description, String carrier, Integer validityMonths) {

    static CourseResponse of(Course course, Locale locale) {
        return new CourseResponse(
                course.getId(),
                course.getCode(),
                course.title(locale),
                course.description(locale),
                course.getCarrier() == null ? null : course.getCarrier().getName(),
                course.getValidityMonths());
    }
}
