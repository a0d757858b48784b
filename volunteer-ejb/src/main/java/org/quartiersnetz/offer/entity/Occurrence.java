package org.quartiersnetz.offer.entity;

import java.time.LocalDate;
import java.time.LocalTime;

/** One date on which an offer takes place (or, if cancelled, would have). */
public record Occurrence(LocalDate date, LocalTime start, LocalTime end, Offer offer, boolean cancelled) {}
