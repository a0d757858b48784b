package org.quartiersnetz.volunteer.rest;

/** The text of a new interview note. */
public record NoteRequest(String text) {}
