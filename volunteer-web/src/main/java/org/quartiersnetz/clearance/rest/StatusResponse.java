package org.quartiersnetz.clearance.rest;

import org.quartiersnetz.clearance.entity.ClearanceStatus;

/** What the inspections the caller's carrier may rely on say. */
public record StatusResponse(ClearanceStatus status) {}
