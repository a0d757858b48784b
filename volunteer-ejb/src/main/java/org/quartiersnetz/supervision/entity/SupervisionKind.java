package org.quartiersnetz.supervision.entity;

/** Group supervision, a one-to-one session, or peer case consultation (kollegiale Beratung). */
public enum SupervisionKind {
    GROUP,
    INDIVIDUAL,
    PEER
}
