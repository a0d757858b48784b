package org.quartiersnetz.placement.boundary;

import jakarta.validation.constraints.NotNull;

/** Propose this volunteer for this task. */
public record ProposalRequest(@NotNull Long taskId, @NotNull Long volunteerId) {}
