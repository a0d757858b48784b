package org.quartiersnetz.task.rest;

import java.time.Instant;
import java.util.Locale;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.task.entity.Booking;

/** A volunteer's own booking of a slot. */
public record BookingResponse(
        long slotId,
        long taskId,
        String taskTitle,
        String carrier,
        Instant startsAt,
        Instant endsAt,
        PlaceStatus status) {

    static BookingResponse of(Booking booking, Locale locale) {
        var slot = booking.getSlot();
        return new BookingResponse(
                slot.getId(),
                slot.getTask().getId(),
                slot.getTask().title(locale),
                slot.getTask().getCarrier().getName(),
                slot.getStartsAt(),
                slot.getEndsAt(),
                booking.getStatus());
    }
}
