package org.quartiersnetz.task.boundary;

/** Fired in the editing transaction after staff changed a task (places needed, hours, times…). */
public record TaskChanged(long taskId, long accountId) {}
