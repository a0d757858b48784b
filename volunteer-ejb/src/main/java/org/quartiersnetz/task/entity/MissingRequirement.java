package org.quartiersnetz.task.entity;

/** What a volunteer lacks for a task type: named to them and to staff, never just "not allowed". */
public enum MissingRequirement {
    /** Paused or left: they cannot take on anything now. */
    STATUS,
    /** The type has a minimum age and the profile gives no date of birth. */
    BIRTH_DATE,
    MINIMUM_AGE,
    /** §72a SGB VIII: an extended certificate of conduct must have been inspected. */
    CLEARANCE,
    /** The inspected certificate is due for renewal. */
    CLEARANCE_DUE,
    /** An inspection showed a relevant conviction: never placed with children. */
    CONVICTION,
    COURSE,
    /** A declaration (confidentiality, code of conduct) not signed in its current version. */
    DECLARATION
}
