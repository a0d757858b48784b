package org.quartiersnetz.calendar.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import org.quartiersnetz.calendar.boundary.CalendarService;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * The feed part of a page (WEB-INF/includes/calendar-feed.xhtml): whether a feed is in use, a new
 * secret URL (shown once, replacing the one before), and revoking it. Subclasses say whose feed.
 */
public abstract class FeedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarService calendar;

    @Inject
    CurrentUser currentUser;

    private Instant since;
    private String url;

    abstract CalendarService.Created create();

    abstract void revoke();

    public void createFeed() {
        FacesMessages.attempt(
                () -> {
                    CalendarService.Created created = create();
                    url = created.url();
                    since = created.feed().getCreatedAt();
                },
                "calendar_feed.created");
    }

    public void revokeFeed() {
        if (FacesMessages.attempt(this::revoke, "calendar_feed.revoked")) {
            since = null;
            url = null;
        }
    }

    void setFeedSince(Instant since) {
        this.since = since;
    }

    /** Since when the feed in use exists; null when there is none. */
    public Instant getFeedSince() {
        return since;
    }

    /** The secret URL, only right after it was created; null otherwise. */
    public String getFeedUrl() {
        return url;
    }
}
