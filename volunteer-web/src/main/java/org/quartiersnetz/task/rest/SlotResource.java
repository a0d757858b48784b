package org.quartiersnetz.task.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.task.boundary.BookingService;
import org.quartiersnetz.task.boundary.SlotService;
import org.quartiersnetz.task.entity.Booking;

/**
 * Slots: the roster of a day for staff, who put volunteers on or take them off; volunteers book
 * a place (or the waiting list) and cancel it.
 */
@Path("v1/slots")
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

    @Inject
    SlotService slots;

    @Inject
    BookingService bookingService;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @GET
    @RequiresPermissions(Permissions.TASK_READ)
    @Operation(summary = "The roster of a day (default today, Europe/Berlin): the carrier's slots and their bookings")
    public List<SlotResponse> roster(@QueryParam("date") String date) {
        LocalDate day = QueryParams.dateOf(date, "date");
        return TaskResource.roster(
                bookingService, slots.day(currentUser.caller(), day == null ? ClockProducer.today(clock) : day));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermissions(Permissions.TASK_MANAGE)
    @Operation(summary = "Delete a slot nobody has booked")
    @APIResponse(responseCode = "409", description = "somebody booked it or waits for it")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") long id) {
        slots.delete(currentUser.caller(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/booking")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "Book a place in the slot; when it is full, a place on its waiting list")
    @APIResponse(responseCode = "201", description = "booked (CONFIRMED) or waiting (WAITING)")
    @APIResponse(
            responseCode = "409",
            description = "already booked, overlapping another booking, started, "
                    + "or a requirement of the task's type is missing (named in detail)")
    @APIResponseSchema(value = BookingResponse.class, responseCode = "201")
    public Response book(@PathParam("id") long id) {
        Booking booking = bookingService.book(currentUser.caller(), id);
        return Response.status(Response.Status.CREATED)
                .entity(BookingResponse.of(booking, RequestLocale.get()))
                .build();
    }

    @DELETE
    @Path("{id}/booking")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "Cancel the own booking; the first on the waiting list moves up and is told by mail")
    @APIResponse(responseCode = "409", description = "the slot has started")
    public BookingResponse cancel(@PathParam("id") long id) {
        return BookingResponse.of(bookingService.cancel(currentUser.caller(), id), RequestLocale.get());
    }

    @POST
    @Path("{id}/roster")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.TASK_MANAGE)
    @Operation(summary = "Put a volunteer on the roster (or its waiting list); they are told by mail")
    @APIResponseSchema(value = BookingResponse.class, responseCode = "201")
    public Response assign(@PathParam("id") long id, RosterRequest request) {
        if (request == null || request.volunteerId() == null) {
            throw InvalidInputException.onField("volunteerId", "slot.volunteerRequired");
        }
        Booking booking = bookingService.assign(currentUser.caller(), id, request.volunteerId());
        return Response.status(Response.Status.CREATED)
                .entity(BookingResponse.of(booking, RequestLocale.get()))
                .build();
    }

    @DELETE
    @Path("{id}/roster/{volunteerId}")
    @RequiresPermissions(Permissions.TASK_MANAGE)
    @Operation(summary = "Take a volunteer off the roster; they are told, the first waiting moves up")
    public BookingResponse remove(@PathParam("id") long id, @PathParam("volunteerId") long volunteerId) {
        return BookingResponse.of(bookingService.remove(currentUser.caller(), id, volunteerId), RequestLocale.get());
    }
}
