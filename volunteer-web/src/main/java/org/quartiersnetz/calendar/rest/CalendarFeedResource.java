package org.quartiersnetz.calendar.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.calendar.boundary.CalendarService;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * The secret calendar feed URLs: a volunteer's own, and the one of a carrier (kept by its
 * coordinators). Creating one again replaces the URL before; the URL is shown only once.
 */
@Path("v1/calendar-feeds")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

    @Inject
    CalendarService calendar;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("mine")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "Whether the volunteer has a calendar feed, and since when (never its URL)")
    public FeedResponse own() {
        return FeedResponse.of(calendar.own(currentUser.caller()).orElse(null), null);
    }

    @POST
    @Path("mine")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(
            summary = "A new secret feed URL of the volunteer's supervision sessions, booked slots, intro meetings "
                    + "and course dates (iCalendar); the URL before stops working")
    @APIResponse(responseCode = "201", description = "created; the URL appears only in this answer")
    @APIResponseSchema(value = FeedResponse.class, responseCode = "201")
    public Response createOwn() {
        CalendarService.Created created = calendar.createOwn(currentUser.caller());
        return Response.created(uriInfo.getAbsolutePath())
                .entity(FeedResponse.of(created.feed(), created.url()))
                .build();
    }

    @DELETE
    @Path("mine")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "Revoke the volunteer's feed: its URL answers 404 from now on")
    public Response revokeOwn() {
        calendar.revokeOwn(currentUser.caller());
        return Response.noContent().build();
    }

    @GET
    @Path("carrier")
    @RequiresPermissions(Permissions.CALENDAR_FEED)
    @Operation(summary = "Whether the own carrier has a calendar feed, and since when (never its URL)")
    public FeedResponse ofCarrier() {
        return FeedResponse.of(calendar.ofCarrier(currentUser.caller()).orElse(null), null);
    }

    @POST
    @Path("carrier")
    @RequiresPermissions(Permissions.CALENDAR_FEED)
    @Operation(
            summary = "A new secret feed URL of the own carrier's course dates, supervision sessions and slots "
                    + "(iCalendar); the URL before stops working")
    @APIResponse(responseCode = "201", description = "created; the URL appears only in this answer")
    @APIResponseSchema(value = FeedResponse.class, responseCode = "201")
    public Response createForCarrier() {
        CalendarService.Created created = calendar.createForCarrier(currentUser.caller());
        return Response.created(uriInfo.getAbsolutePath())
                .entity(FeedResponse.of(created.feed(), created.url()))
                .build();
    }

    @DELETE
    @Path("carrier")
    @RequiresPermissions(Permissions.CALENDAR_FEED)
    @Operation(summary = "Revoke the own carrier's feed: its URL answers 404 from now on")
    public Response revokeForCarrier() {
        calendar.revokeForCarrier(currentUser.caller());
        return Response.noContent().build();
    }
}
