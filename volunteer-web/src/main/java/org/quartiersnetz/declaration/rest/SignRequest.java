package org.quartiersnetz.declaration.rest;

/** The version of the text the volunteer read and signs. */
public record SignRequest(Integer version) {}
