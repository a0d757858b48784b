package org.quartiersnetz.placement.rest;

import java.util.List;
import org.quartiersnetz.placement.boundary.ProposalRequest;

/** The reviewed pairs of a batch proposal to send, all or none. */
public record BatchRequest(List<ProposalRequest> items) {}
