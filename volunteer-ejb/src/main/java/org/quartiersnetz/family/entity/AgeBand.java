package org.quartiersnetz.family.entity;

/** The age of a family's children in bands, from pregnancy to 17 (Frühe Hilfen focus on 0–3). */
public enum AgeBand {
    PREGNANCY,
    UNDER_1,
    AGE_1_2,
    AGE_3_5,
    AGE_6_9,
    AGE_10_13,
    AGE_14_17;

    /**
     * The names as a pattern, so that input can carry them as text and an unknown one is a field
     * error rather than an unreadable body; AgeBandTest keeps it in step with the constants.
     */
    public static final String NAMES = "PREGNANCY|UNDER_1|AGE_1_2|AGE_3_5|AGE_6_9|AGE_10_13|AGE_14_17";
}
