package org.quartiersnetz.supervision.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.supervision.boundary.SessionInput;
import org.quartiersnetz.supervision.boundary.SupervisionService;
import org.quartiersnetz.supervision.entity.Presence;
import org.quartiersnetz.supervision.entity.SupervisionSession;

/**
 * Supervision over the API: sessions planned by carriers (and the network office), attendance
 * recorded by staff or the supervisor, confidential notes, volunteers signing up for group
 * sessions, and who is overdue.
 */
@Path("v1/supervision-sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    static final String DUPLICATE = "supervision.markedTwice";

    @Inject
    SupervisionService supervision;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    @RequiresPermissions(Permissions.SUPERVISION_READ)
    @Operation(
            summary = "Sessions from a day on (default today): the own carrier's, the network office's for the "
                    + "network coordinator, a supervisor's own")
    public List<SessionResponse> list(@QueryParam("from") String from) {
        LocalDate day = QueryParams.dateOf(from, "from");
        return supervision.sessions(currentUser.caller(), day == null ? ClockProducer.today(clock) : day).stream()
                .map(this::response)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.SUPERVISION_MANAGE)
    @Operation(
            summary = "Plan a session: kind (GROUP, INDIVIDUAL, PEER), supervisorId (default oneself), startsAt "
                    + "(local time, Europe/Berlin), durationMinutes, place, topics (no names), capacity")
    @APIResponse(responseCode = "201", description = "planned; Location names it")
    @APIResponseSchema(value = SessionResponse.class, responseCode = "201")
    public Response plan(SessionInput input) {
        SupervisionSession session = supervision.plan(currentUser.caller(), input);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(session.getId()))
                        .build())
                .entity(response(session))
                .build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresPermissions(Permissions.SUPERVISION_READ)
    @Operation(summary = "One session (never its attendance or notes)")
    public SessionResponse get(@PathParam("id") long id) {
        return response(supervision.get(currentUser.caller(), id));
    }

    @GET
    @Path("{id: [0-9]+}/attendance")
    @RequiresPermissions(Permissions.SUPERVISION_READ)
    @Operation(summary = "Who signed up and who was there: for the session's carrier and its supervisor")
    public List<SessionAttendanceResponse> attendance(@PathParam("id") long id) {
        return supervision.attendance(currentUser.caller(), id).stream()
                .map(SessionAttendanceResponse::of)
                .toList();
    }

    @PUT
    @Path("{id: [0-9]+}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.SUPERVISION_READ)
    @Operation(summary = "Record attendance of many volunteers at once ({present, excused, absent}: volunteer ids)")
    @APIResponse(responseCode = "409", description = "the session has not begun yet")
    public List<SessionAttendanceResponse> record(@PathParam("id") long id, AttendanceRequest request) {
        Map<Long, Presence> marks = new LinkedHashMap<>();
        if (request != null) {
            mark(marks, request.present(), Presence.PRESENT, "present");
            mark(marks, request.excused(), Presence.EXCUSED, "excused");
            mark(marks, request.absent(), Presence.ABSENT, "absent");
        }
        return supervision.record(currentUser.caller(), id, marks).stream()
                .map(SessionAttendanceResponse::of)
                .toList();
    }

    @GET
    @Path("{id: [0-9]+}/notes")
    @RequiresPermissions(Permissions.SUPERVISION_READ)
    @Operation(summary = "The confidential notes: the supervisor and the carrier's coordinators only")
    public List<SessionNoteResponse> notes(@PathParam("id") long id) {
        return supervision.notes(currentUser.caller(), id).stream()
                .map(SessionNoteResponse::of)
                .toList();
    }

    @POST
    @Path("{id: [0-9]+}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.SUPERVISION_READ)
    @Operation(summary = "Add a confidential note {text}")
    @APIResponseSchema(value = SessionNoteResponse.class, responseCode = "201")
    public Response addNote(@PathParam("id") long id, Map<String, String> body) {
        String text = body == null ? null : body.get("text");
        return Response.status(Response.Status.CREATED)
                .entity(SessionNoteResponse.of(supervision.addNote(currentUser.caller(), id, text)))
                .build();
    }

    @GET
    @Path("mine")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(
            summary = "The volunteer's sessions with their own status (never anybody else's), and the coming "
                    + "group sessions they may sign up for")
    public OwnSupervisionResponse own() {
        Caller caller = currentUser.caller();
        return new OwnSupervisionResponse(
                supervision.own(caller).stream()
                        .map(a -> new OwnSupervisionResponse.Own(response(a.getSession()), a.getStatus()))
                        .toList(),
                supervision.offered(caller).stream().map(this::response).toList());
    }

    @POST
    @Path("{id: [0-9]+}/signup")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "Take a place in a coming group session offered to the volunteer")
    @APIResponse(responseCode = "409", description = "full, or begun")
    @APIResponseSchema(value = OwnSupervisionResponse.class, responseCode = "201")
    public Response signUp(@PathParam("id") long id) {
        supervision.signUp(currentUser.caller(), id);
        return Response.status(Response.Status.CREATED).entity(own()).build();
    }

    @DELETE
    @Path("{id: [0-9]+}/signup")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "Give the place up before the session (counts as excused)")
    public OwnSupervisionResponse cancel(@PathParam("id") long id) {
        supervision.cancel(currentUser.caller(), id);
        return own();
    }

    @GET
    @Path("overdue")
    @RequiresPermissions(Permissions.SUPERVISION_MANAGE)
    @Operation(
            summary = "Active placements whose volunteer had no supervision within the task type's interval: the own "
                    + "carrier's, all carriers' for the network coordinator; longest overdue first")
    public List<OverdueResponse> overdue() {
        return supervision.overdue(currentUser.caller()).stream()
                .map(o -> OverdueResponse.of(o, RequestLocale.get()))
                .toList();
    }

    private SessionResponse response(SupervisionSession session) {
        return SessionResponse.of(session, supervision.supervisorName(session), supervision.placesLeft(session));
    }

    private static void mark(Map<Long, Presence> marks, List<Long> ids, Presence presence, String field) {
        if (ids == null) {
            return;
        }
        for (Long id : ids) {
            if (id == null || marks.putIfAbsent(id, presence) != null) {
                throw InvalidInputException.onField(field, DUPLICATE);
            }
        }
    }
}
