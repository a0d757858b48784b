package org.quartiersnetz.task.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.rest.PageResponse;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.task.boundary.BoardService;
import org.quartiersnetz.task.boundary.BookingService;
import org.quartiersnetz.task.boundary.SlotService;
import org.quartiersnetz.task.boundary.SlotsInput;
import org.quartiersnetz.task.boundary.TaskInput;
import org.quartiersnetz.task.boundary.TaskService;
import org.quartiersnetz.task.control.TaskAccess;
import org.quartiersnetz.task.entity.Booking;
import org.quartiersnetz.task.entity.Slot;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.task.entity.TaskStatus;

/**
 * Carrier staff's tasks: list, create, edit, publish and close, history, who is interested, and
 * the slots of slot-based tasks. The network coordinator reads all carriers' tasks.
 */
@Path("v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskService tasks;

    @Inject
    SlotService slots;

    @Inject
    BookingService bookingService;

    @Inject
    BoardService board;

    @Inject
    TaskAccess access;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @RequiresPermissions(Permissions.TASK_READ)
    @Operation(summary = "A page of the caller's carrier's tasks (all carriers' for the network coordinator)")
    public PageResponse<TaskResponse> list(
            @QueryParam("status") String status,
            @QueryParam("type") String type,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Caller caller = currentUser.caller();
        int pageSize = Math.min(Math.max(QueryParams.intOf(size, 20, "size"), 1), 100);
        return PageResponse.of(
                tasks.list(
                        caller,
                        QueryParams.enumOf(TaskStatus.class, status, "status"),
                        type == null || type.isBlank() ? null : type.strip(),
                        Math.max(QueryParams.intOf(page, 0, "page"), 0),
                        pageSize),
                t -> response(caller, t));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.TASK_MANAGE)
    @Operation(summary = "Create a task of the caller's carrier (as a draft)")
    @APIResponse(responseCode = "201", description = "created; Location names it")
    @APIResponse(responseCode = "400", description = "invalid input, with per-field errors")
    @APIResponseSchema(value = TaskResponse.class, responseCode = "201")
    public Response create(TaskInput input) {
        Caller caller = currentUser.caller();
        Task task = tasks.create(caller, input);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(task.getId()))
                        .build())
                .entity(response(caller, task))
                .build();
    }

    @GET
    @Path("{id}")
    @RequiresPermissions(Permissions.TASK_READ)
    @Operation(summary = "One task")
    @APIResponse(responseCode = "404", description = "no such task, or another carrier's")
    public TaskResponse get(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        return response(caller, tasks.get(caller, id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.TASK_MANAGE)
    @Operation(summary = "Change a task (the whole task); the history records which fields changed")
    public TaskResponse update(@PathParam("id") long id, TaskInput input) {
        Caller caller = currentUser.caller();
        return response(caller, tasks.update(caller, id, input));
    }

    @POST
    @Path("{id}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.TASK_MANAGE)
    @Operation(summary = "Publish (OPEN), close (CLOSED) or reopen (OPEN) a task")
    @APIResponse(responseCode = "409", description = "not a step allowed now; allowedNext lists those")
    public TaskResponse changeStatus(@PathParam("id") long id, StatusRequest request) {
        if (request == null || request.status() == null) {
            throw InvalidInputException.onField("status", "task.status.required");
        }
        Caller caller = currentUser.caller();
        return response(caller, tasks.changeStatus(caller, id, request.status()));
    }

    @GET
    @Path("{id}/history")
    @RequiresPermissions(Permissions.TASK_READ)
    @Operation(summary = "Who changed what of a task, and when")
    public List<TaskChangeResponse> history(@PathParam("id") long id) {
        return tasks.history(currentUser.caller(), id).stream()
                .map(TaskChangeResponse::of)
                .toList();
    }

    @GET
    @Path("{id}/interests")
    @RequiresPermissions(Permissions.TASK_READ)
    @Operation(summary = "Volunteers who said \"I'm interested\" on the board, in the order they came")
    public List<InterestResponse> interests(@PathParam("id") long id) {
        return board.interests(currentUser.caller(), id).stream()
                .map(InterestResponse::of)
                .toList();
    }

    @GET
    @Path("{id}/slots")
    @RequiresPermissions(Permissions.TASK_READ)
    @Operation(summary = "The task's slots from today on, with their bookings and waiting lists")
    public List<SlotResponse> slots(@PathParam("id") long id) {
        return roster(bookingService, slots.upcoming(currentUser.caller(), id));
    }

    @POST
    @Path("{id}/slots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.TASK_MANAGE)
    @Operation(
            summary = "Create slots: one on 'from', or weekly on 'day' from 'from' until 'until'",
            description = "times are in Europe/Berlin; dates that already have a slot at that time are skipped")
    @APIResponse(responseCode = "409", description = "the task's type is not slot-based")
    @APIResponse(
            responseCode = "201",
            description = "the slots created",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SlotResponse.class)))
    public Response createSlots(@PathParam("id") long id, SlotsInput input) {
        List<Slot> created = slots.create(currentUser.caller(), id, input);
        return Response.status(Response.Status.CREATED)
                .entity(roster(bookingService, created))
                .build();
    }

    /** Slots with their confirmed and waiting bookings. */
    static List<SlotResponse> roster(BookingService bookings, List<Slot> list) {
        Map<Long, List<Booking>> bySlot = bookings.activeBookingsBySlot(list);
        return list.stream()
                .map(s -> SlotResponse.of(s, bySlot.getOrDefault(s.getId(), List.of()), RequestLocale.get()))
                .toList();
    }

    private TaskResponse response(Caller caller, Task task) {
        return TaskResponse.of(task, access.seesInternals(caller, task), tasks.familyCode(caller, task));
    }
}
