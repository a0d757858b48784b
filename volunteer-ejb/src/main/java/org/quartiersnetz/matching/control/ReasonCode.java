package org.quartiersnetz.matching.control;

/**
 * Everything the matching says about a volunteer and a task, each shown to people in their
 * language (bundle keys {@code ReasonCode.X}, arguments in {@link Reason#args()}).
 */
public enum ReasonCode {
    // why a volunteer fits
    /** Speaks a language of the family (language code). */
    SPEAKS_FAMILY_LANGUAGE,
    /** Speaks a language the task asks for (language code). */
    SPEAKS_LANGUAGE,
    /** Free at a time of the task (day, band). */
    FREE_AT,
    HAS_SKILL,
    /** Named the task's kind among their interests (type code). */
    INTERESTED_IN_TYPE,
    /** Said "I'm interested" in this task on the board. */
    INTERESTED_IN_TASK,
    /** Never placed yet, signed up that many weeks ago. */
    WAITING_FOR_FIRST_TASK,
    /** Chose the task's carrier (rather than only the shared pool). */
    CHOSE_CARRIER,

    // what is missing but does not exclude
    NOT_FREE_AT,
    /** Free then, but a place they hold meets then (day, start, end). */
    TIME_TAKEN,
    LACKS_SKILL,
    LANGUAGE_BASIC,
    NO_FAMILY_LANGUAGE,
    /** Hours a week already given in other placements (hours, of hours). */
    ALREADY_BUSY,
    /** Proposals still waiting for the volunteer's answer (count). */
    OPEN_PROPOSALS,

    // only a condition: eligible once fulfilled
    COURSE_ENROLLED,

    // what excludes
    NOT_ACTIVE,
    NO_BIRTH_DATE,
    TOO_YOUNG,
    CLEARANCE_MISSING,
    CLEARANCE_DUE,
    CONVICTION,
    COURSE_MISSING,
    DECLARATION_MISSING,
    NO_COMMON_LANGUAGE,
    NOT_AVAILABLE_AT_TIMES,
    /** Free at the task's times only when places they hold meet. */
    BUSY_AT_TIMES,
    NOT_AVAILABLE_FROM,
    NOT_AVAILABLE_UNTIL,
    NO_CAPACITY,
    DECLINED_BEFORE,
    ALREADY_PROPOSED,
    TOO_MANY_PROPOSALS
}
