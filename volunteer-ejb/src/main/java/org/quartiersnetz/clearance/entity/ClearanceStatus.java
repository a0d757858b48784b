package org.quartiersnetz.clearance.entity;

/** What the inspections a carrier may rely on say about a volunteer on one day. */
public enum ClearanceStatus {
    /** Inspected, no relevant conviction, renewal not yet due. */
    VALID,
    /** An inspection showed a relevant conviction: never place. */
    CONVICTION,
    /** Inspected, but the renewal date has passed. */
    DUE,
    /** No inspection the carrier may rely on. */
    MISSING
}
