package org.quartiersnetz.carrier.entity;

/** Free carriers run offers and take volunteers; the public youth-welfare office coordinates. */
public enum CarrierKind {
    FREE_CARRIER,
    PUBLIC_YOUTH_WELFARE
}
