package org.quartiersnetz.clearance.rest;

/** Whether the other carriers may see the volunteer's inspections. */
public record ConsentRequest(Boolean shareConsent) {}
