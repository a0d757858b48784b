package org.quartiersnetz.task.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.task.entity.Booking;
import org.quartiersnetz.task.entity.Slot;

/** A slot as staff see it on the roster: its places and who booked or waits, in order. */
public record SlotResponse(
        long id,
        long taskId,
        String taskTitle,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        long confirmed,
        long waiting,
        List<RosterEntry> bookings) {

    /** A volunteer on the roster or its waiting list. */
    public record RosterEntry(
            long volunteerId, String firstName, String lastName, PlaceStatus status, Instant requestedAt) {}

    static SlotResponse of(Slot slot, List<Booking> bookings, Locale locale) {
        List<RosterEntry> entries = bookings.stream()
                .map(b -> new RosterEntry(
                        b.getVolunteer().getId(),
                        b.getVolunteer().getFirstName(),
                        b.getVolunteer().getLastName(),
                        b.getStatus(),
                        b.getRequestedAt()))
                .toList();
        long confirmed = entries.stream()
                .filter(e -> e.status() == PlaceStatus.CONFIRMED)
                .count();
        return new SlotResponse(
                slot.getId(),
                slot.getTask().getId(),
                slot.getTask().title(locale),
                slot.getStartsAt(),
                slot.getEndsAt(),
                slot.getCapacity(),
                confirmed,
                entries.size() - confirmed,
                entries);
    }
}
