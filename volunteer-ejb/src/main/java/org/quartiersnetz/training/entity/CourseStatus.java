package org.quartiersnetz.training.entity;

/** What a volunteer has of a required course on a day: a valid qualification, a confirmed place in a run, or nothing. */
public enum CourseStatus {
    VALID,
    ENROLLED,
    MISSING
}
