package org.quartiersnetz.reminder.entity;

/** The reminders a volunteer may get; each one can be switched off. */
public enum ReminderKind {
    COURSE_TOMORROW,
    SESSION_TOMORROW,
    SLOT_TOMORROW,
    SUPERVISION_OVERDUE,
    QUALIFICATION_EXPIRING,
    CLEARANCE_RENEWAL
}
