package org.quartiersnetz.calendar.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.quartiersnetz.calendar.boundary.CalendarService;

/**
 * A calendar feed (iCalendar, RFC 5545) for calendar apps, which cannot sign in: the secret token in
 * the path is the proof. Public in shiro.ini; an unknown or revoked token answers 404.
 */
@Path("v1/calendar")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    CalendarService calendar;

    // no @Produces: calendar apps send all kinds of Accept headers (or none); the answer is always iCalendar
    @GET
    @Path("{token: [A-Za-z0-9_-]+}.ics")
    @Operation(summary = "The feed behind a secret URL from /api/v1/calendar-feeds (no sign-in)")
    @APIResponse(
            responseCode = "200",
            description = "the feed",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "unknown or revoked")
    public Response feed(@PathParam("token") String token) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(calendar.feed(token), TEXT_CALENDAR)
                .cacheControl(noStore)
                .header("Content-Disposition", "inline; filename=\"quartiersnetz.ics\"")
                .build();
    }
}
