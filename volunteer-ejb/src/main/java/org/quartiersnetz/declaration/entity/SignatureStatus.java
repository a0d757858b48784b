package org.quartiersnetz.declaration.entity;

/** Where a volunteer stands with a declaration: the current version signed, only an older one, or none. */
public enum SignatureStatus {
    SIGNED,
    OUTDATED,
    MISSING
}
