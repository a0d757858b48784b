package org.quartiersnetz.calendar.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.quartiersnetz.calendar.boundary.CalendarService;
import org.quartiersnetz.calendar.entity.CalendarEvent;
import org.quartiersnetz.calendar.entity.CalendarFeed;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.Role.Permissions;

/**
 * The staff's schedule (staff/calendar.xhtml): course dates, supervision sessions and slots of the
 * own carrier (the network coordinator: of all carriers, or of one), loaded for the visible range
 * only; and, for the carrier's coordinators, the carrier's calendar feed.
 */
@Named
@ViewScoped
public class ScheduleBacking extends FeedBacking {

    private static final long serialVersionUID = 1L;

    private String date;
    private LocalDate initialDate;
    private Long carrierId;
    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            Locale locale = Faces.getLocale();
            for (CalendarEvent e : calendar.schedule(
                    currentUser.caller(),
                    carrierId,
                    start.atZone(ClockProducer.NETWORK_ZONE).toInstant(),
                    end.atZone(ClockProducer.NETWORK_ZONE).toInstant(),
                    locale)) {
                addEvent(DefaultScheduleEvent.builder()
                        .id(e.uid())
                        .title(e.location() == null ? e.title() : e.title() + " · " + e.location())
                        .startDate(local(e.start()))
                        .endDate(local(e.end()))
                        .editable(false)
                        .styleClass("qn-event-" + e.kind().name().toLowerCase(Locale.ROOT))
                        .build());
            }
        }
    };

    public void load() throws IOException {
        try {
            initialDate = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            initialDate = null;
        }
        if (isFeedKept()) {
            setFeedSince(calendar.ofCarrier(currentUser.caller())
                    .map(CalendarFeed::getCreatedAt)
                    .orElse(null));
        }
        if (!currentUser.caller().isCarrierStaff() && !currentUser.caller().is(Role.NETWORK_COORDINATOR)) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        }
    }

    private static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, ClockProducer.NETWORK_ZONE);
    }

    /** The network coordinator chooses a carrier (none: all); carrier staff see their own. */
    public boolean isChoosingCarrier() {
        return currentUser.caller().is(Role.NETWORK_COORDINATOR);
    }

    public List<Carrier> getCarriers() {
        return calendar.carriers();
    }

    /** Whether the caller keeps the carrier's calendar feed (its coordinators). */
    public boolean isFeedKept() {
        return currentUser.isPermitted(Permissions.CALENDAR_FEED)
                && currentUser.caller().isCarrierStaff();
    }

    @Override
    CalendarService.Created create() {
        return calendar.createForCarrier(currentUser.caller());
    }

    @Override
    void revoke() {
        calendar.revokeForCarrier(currentUser.caller());
    }

    public ScheduleModel getModel() {
        return model;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public LocalDate getInitialDate() {
        return initialDate;
    }

    public Long getCarrierId() {
        return carrierId;
    }

    public void setCarrierId(Long carrierId) {
        this.carrierId = carrierId;
    }
}
