package org.quartiersnetz.calendar.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.quartiersnetz.calendar.boundary.CalendarService;
import org.quartiersnetz.calendar.entity.CalendarFeed;

/** The volunteer's calendar feed (volunteer/calendar.xhtml). */
@Named
@ViewScoped
public class OwnCalendarBacking extends FeedBacking {

    private static final long serialVersionUID = 1L;

    public void load() {
        setFeedSince(calendar.own(currentUser.caller())
                .map(CalendarFeed::getCreatedAt)
                .orElse(null));
    }

    @Override
    CalendarService.Created create() {
        return calendar.createOwn(currentUser.caller());
    }

    @Override
    void revoke() {
        calendar.revokeOwn(currentUser.caller());
    }
}
