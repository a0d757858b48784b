package org.quartiersnetz.clearance.rest;

/** How many of the inspections the carrier relies on now carry the activity. */
public record ActivityResponse(int inspections) {}
