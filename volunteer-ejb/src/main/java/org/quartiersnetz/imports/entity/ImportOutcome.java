package org.quartiersnetz.imports.entity;

/** What an import does, or would do, with one row of the spreadsheet. */
public enum ImportOutcome {
    /** A new volunteer, who is invited by mail. */
    CREATED,
    /** A volunteer the same carrier imported before and who has not accepted yet: the row corrects them. */
    UPDATED,
    /** Nothing is done with the row; its reasons say why. */
    REFUSED
}
