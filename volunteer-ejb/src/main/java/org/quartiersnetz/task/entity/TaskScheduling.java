package org.quartiersnetz.task.entity;

/** How volunteers come to a task of a type: matched by staff, or booking dated slots themselves. */
public enum TaskScheduling {
    LONG_TERM,
    SLOT_BASED
}
