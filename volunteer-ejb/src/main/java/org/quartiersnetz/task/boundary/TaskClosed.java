package org.quartiersnetz.task.boundary;

/** Fired in the closing transaction when staff close a task, so that other areas let go of it. */
public record TaskClosed(long taskId, long accountId) {}
