package org.quartiersnetz.task.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.task.boundary.BoardService;
import org.quartiersnetz.task.boundary.BookingService;
import org.quartiersnetz.task.boundary.SlotService;
import org.quartiersnetz.task.entity.Slot;
import org.quartiersnetz.task.entity.Task;

/** One open task of the board (opportunity.xhtml), public; closed or unknown tasks answer 404. */
@Named
@RequestScoped
public class OpportunityBacking {

    @Inject
    BoardService board;

    @Inject
    SlotService slots;

    @Inject
    BookingService bookingService;

    private Long id;
    private Task task;
    private List<Slot> upcoming = List.of();
    private Map<Long, Long> confirmed = Map.of();

    public void load() throws IOException {
        try {
            task = board.get(id == null ? -1 : id);
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
            return;
        }
        if (task.getType().isSlotBased()) {
            upcoming = slots.upcoming(task);
            confirmed = bookingService.confirmedCounts(
                    upcoming.stream().map(Slot::getId).toList());
        }
    }

    public long placesFree(Slot slot) {
        return slot.placesFree(confirmed);
    }

    public Task getTask() {
        return task;
    }

    public List<Slot> getSlots() {
        return upcoming;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
