package org.quartiersnetz.task.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.task.boundary.BookingService;
import org.quartiersnetz.task.boundary.SlotService;
import org.quartiersnetz.task.entity.Booking;
import org.quartiersnetz.task.entity.Slot;
import org.quartiersnetz.volunteer.boundary.VolunteerFilter;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * The roster (staff/roster.xhtml): a week strip to pick a day, the day's slots of the own carrier
 * (all carriers for the network) with who is booked and who waits; staff put people on or off.
 */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SlotService slots;

    @Inject
    BookingService bookingService;

    @Inject
    Clock clock;

    @Inject
    VolunteerService volunteers;

    @Inject
    CurrentUser currentUser;

    private String day;
    private LocalDate date;
    private Long volunteerToAdd;
    // kept for the view, so that a button in a row acts on the row that was shown
    private transient List<Slot> shown;
    private transient Map<Long, List<Booking>> bookings;

    /** The day of the address (?date=2026-12-02); today when it is missing or not a date. */
    public void load() {
        try {
            date = day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            date = ClockProducer.today(clock);
        }
        refresh();
    }

    private void refresh() {
        shown = slots.day(currentUser.caller(), date);
        bookings = bookingService.activeBookingsBySlot(shown);
    }

    public List<Slot> getSlots() {
        if (shown == null) {
            refresh();
        }
        return shown;
    }

    public Map<Long, List<Booking>> getBookings() {
        if (bookings == null) {
            refresh();
        }
        return bookings;
    }

    /** The days Monday to Sunday of the shown day's week. */
    public List<LocalDate> getWeek() {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return IntStream.range(0, 7).mapToObj(monday::plusDays).toList();
    }

    /** Volunteers the member of staff may see whose name contains the text, for the picker. */
    public List<Volunteer> complete(String text) {
        return volunteers
                .search(
                        currentUser.caller(),
                        new VolunteerFilter(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                text,
                                null,
                                VolunteerFilter.Sort.NAME,
                                false,
                                0,
                                10))
                .items();
    }

    public void assign(long slotId) {
        if (volunteerToAdd == null) {
            FacesMessages.error("slot.volunteerRequired");
            return;
        }
        if (FacesMessages.attempt(
                () -> bookingService.assign(currentUser.caller(), slotId, volunteerToAdd), "roster.assigned")) {
            volunteerToAdd = null;
            refresh();
        }
    }

    public void remove(long slotId, long volunteerId) {
        FacesMessages.attempt(null, () -> {
            bookingService.remove(currentUser.caller(), slotId, volunteerId);
            FacesMessages.info("roster.removed");
            refresh();
        });
    }

    public boolean isEditable() {
        return currentUser.isPermitted(Permissions.TASK_MANAGE);
    }

    public LocalDate getDate() {
        return date;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public Long getVolunteerToAdd() {
        return volunteerToAdd;
    }

    public void setVolunteerToAdd(Long volunteerToAdd) {
        this.volunteerToAdd = volunteerToAdd;
    }
}
