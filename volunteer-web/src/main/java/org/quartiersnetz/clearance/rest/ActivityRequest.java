package org.quartiersnetz.clearance.rest;

import java.time.LocalDate;

/** A day the volunteer was active for the carrier in a task that needs clearance. */
public record ActivityRequest(LocalDate on) {}
