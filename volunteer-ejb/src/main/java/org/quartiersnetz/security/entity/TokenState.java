package org.quartiersnetz.security.entity;

/** Whether a token from an e-mail may still be used. */
public enum TokenState {
    VALID,
    USED,
    EXPIRED
}
