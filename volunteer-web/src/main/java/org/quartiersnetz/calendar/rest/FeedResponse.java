package org.quartiersnetz.calendar.rest;

import java.time.Instant;
import org.quartiersnetz.calendar.entity.CalendarFeed;

/** Whether a calendar feed is in use and since when; {@code url} (the secret) only in the answer that created it. */
public record FeedResponse(boolean exists, Instant createdAt, String url) {

    static FeedResponse of(CalendarFeed feed, String url) {
        return feed == null ? new FeedResponse(false, null, null) : new FeedResponse(true, feed.getCreatedAt(), url);
    }
}
