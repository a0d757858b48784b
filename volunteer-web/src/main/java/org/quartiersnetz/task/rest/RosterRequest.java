package org.quartiersnetz.task.rest;

/** Staff put a volunteer on a slot's roster. */
public record RosterRequest(Long volunteerId) {}
