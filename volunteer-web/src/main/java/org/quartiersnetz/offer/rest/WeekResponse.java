package org.quartiersnetz.offer.rest;

import java.time.LocalDate;
import java.util.List;

/** The week from Monday to Sunday and what is on in it across all carriers. */
public record WeekResponse(LocalDate monday, LocalDate sunday, List<OccurrenceResponse> occurrences) {}
