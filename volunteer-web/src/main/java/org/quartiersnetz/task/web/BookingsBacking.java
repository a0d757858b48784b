package org.quartiersnetz.task.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.task.boundary.BoardService;
import org.quartiersnetz.task.boundary.BookingService;
import org.quartiersnetz.task.boundary.SlotService;
import org.quartiersnetz.task.entity.Booking;
import org.quartiersnetz.task.entity.Slot;
import org.quartiersnetz.task.entity.Task;

/**
 * The volunteer's bookings (volunteer/bookings.xhtml), on a phone: what they booked or wait for,
 * with cancel; with {@code ?task=} also the task's upcoming slots to book.
 */
@Named
@ViewScoped
public class BookingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SlotService slots;

    @Inject
    BookingService bookingService;

    @Inject
    BoardService board;

    @Inject
    CurrentUser currentUser;

    private Long task;
    private Long taskId;
    private transient Task shown;
    private transient List<Slot> offered = List.of();
    private transient Map<Long, Long> confirmed = Map.of();
    private transient List<Booking> own = List.of();

    public void load() throws IOException {
        try {
            taskId = task;
            refresh();
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        }
    }

    public void book(long slotId) {
        FacesMessages.attempt(
                () -> bookingService.book(currentUser.caller(), slotId).getStatus() == PlaceStatus.CONFIRMED
                        ? "bookings.booked"
                        : "bookings.waiting");
        refresh();
    }

    public void cancel(long slotId) {
        FacesMessages.attempt(() -> bookingService.cancel(currentUser.caller(), slotId), "bookings.cancelled");
        refresh();
    }

    private void refresh() {
        own = bookingService.own(currentUser.caller());
        if (taskId != null) {
            try {
                shown = board.get(taskId);
                offered = slots.upcoming(shown);
                confirmed = bookingService.confirmedCounts(
                        offered.stream().map(Slot::getId).toList());
            } catch (NotFoundException e) {
                // closed meanwhile: nothing more to book here, the own bookings stay
                taskId = null;
                shown = null;
                offered = List.of();
            }
        }
    }

    public long placesFree(Slot slot) {
        return slot.placesFree(confirmed);
    }

    /** Whether the volunteer holds a place or waits for this slot already. */
    public boolean holds(Slot slot) {
        return bookedSlotIds().contains(slot.getId());
    }

    private Set<Long> bookedSlotIds() {
        return own.stream().map(b -> b.getSlot().getId()).collect(Collectors.toSet());
    }

    public Task getShown() {
        return shown;
    }

    public List<Slot> getOffered() {
        return offered;
    }

    public List<Booking> getOwn() {
        return own;
    }

    public Long getTask() {
        return task;
    }

    public void setTask(Long task) {
        this.task = task;
    }
}
