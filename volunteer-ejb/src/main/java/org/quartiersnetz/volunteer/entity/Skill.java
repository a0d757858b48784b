package org.quartiersnetz.volunteer.entity;

/** The curated skills a volunteer can tick; anything else goes into free tags. */
public enum Skill {
    CHILDCARE,
    HOMEWORK_HELP,
    READING_ALOUD,
    LANGUAGE_TEACHING,
    INTERPRETING,
    COOKING,
    CRAFTS,
    SPORTS,
    MUSIC,
    GARDENING,
    COMPUTER_HELP,
    PAPERWORK,
    DRIVING_LICENCE,
    FIRST_AID,
    EVENT_ORGANISING
}
