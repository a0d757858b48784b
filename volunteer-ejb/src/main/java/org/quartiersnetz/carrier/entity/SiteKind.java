package org.quartiersnetz.carrier.entity;

/** What kind of place a site is. */
public enum SiteKind {
    MEETING_PLACE,
    YOUTH_CLUB,
    COUNSELLING_CENTRE,
    PARENTS_CAFE,
    OFFICE,
    OTHER
}
