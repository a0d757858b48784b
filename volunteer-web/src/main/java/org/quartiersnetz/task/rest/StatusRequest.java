package org.quartiersnetz.task.rest;

import org.quartiersnetz.task.entity.TaskStatus;

/** A step in a task's life: OPEN publishes or reopens it, CLOSED closes it. */
public record StatusRequest(TaskStatus status) {}
