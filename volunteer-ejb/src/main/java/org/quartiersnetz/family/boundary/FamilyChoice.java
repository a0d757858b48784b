package org.quartiersnetz.family.boundary;

import java.io.Serializable;

/** A family as a select offers it: its id and code, nothing of its data (so not audited). */
public record FamilyChoice(long id, String code) implements Serializable {}
