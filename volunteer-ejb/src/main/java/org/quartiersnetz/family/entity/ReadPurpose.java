package org.quartiersnetz.family.entity;

/** Why a family's data was read: shown to someone, or read back after a change. */
public enum ReadPurpose {
    VIEW,
    EDIT
}
