package org.quartiersnetz.calendar.entity;

/** What a date in a calendar is; also the prefix of its UID. */
public enum EventKind {
    SUPERVISION("supervision"),
    SLOT("slot"),
    COURSE_SESSION("course-session"),
    INTRO_MEETING("intro-meeting");

    private final String uidPrefix;

    EventKind(String uidPrefix) {
        this.uidPrefix = uidPrefix;
    }

    /** A UID that stays the same for the same date in every feed, e.g. "supervision-42@quartiersnetz". */
    public String uid(long id) {
        return uidPrefix + "-" + id + "@quartiersnetz";
    }
}
