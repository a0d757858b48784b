package org.quartiersnetz.clearance.boundary;

import java.util.Set;

/**
 * Fired when an inspection shows a relevant conviction: the volunteer may not work with children
 * for the carriers that rely on this inspection (the inspecting one, and with consent all).
 */
public record ConvictionRecorded(long volunteerId, Set<Long> carriers, long accountId) {}
