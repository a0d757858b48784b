package org.quartiersnetz.supervision.entity;

/** A volunteer and a session: signed up beforehand, then present, excused or absent. */
public enum Presence {
    SIGNED_UP,
    PRESENT,
    EXCUSED,
    ABSENT
}
