package org.quartiersnetz.volunteer.entity;

/** How well a volunteer speaks a language, from "a little" to "first language". */
public enum LanguageLevel {
    BASIC,
    GOOD,
    FLUENT,
    NATIVE
}
