package org.quartiersnetz.task.rest;

import java.time.Instant;
import java.util.List;

/** One open task of the board with its upcoming slots (slot-based tasks) and their free places. */
public record BoardTaskResponse(BoardItem task, List<FreeSlot> slots) {

    /** A slot as the public sees it: when, and how many places are free (0: waiting list). */
    public record FreeSlot(long id, Instant startsAt, Instant endsAt, int capacity, long placesFree) {}
}
