package org.quartiersnetz.training.rest;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.training.boundary.AttendanceInput;
import org.quartiersnetz.training.boundary.AttendanceService;
import org.quartiersnetz.training.boundary.CourseRunInput;
import org.quartiersnetz.training.boundary.CourseService;
import org.quartiersnetz.training.boundary.EnrolmentService;
import org.quartiersnetz.training.entity.CourseRun;
import org.quartiersnetz.training.entity.Enrolment;

/**
 * Course runs: anyone sees the open ones and their free places; staff plan runs for their carrier
 * and record attendance per date; volunteers enrol (or join the waiting list) and cancel.
 */
@Path("v1/course-runs")
@Produces(MediaType.APPLICATION_JSON)
public class CourseRunResource {

    @Inject
    CourseService courses;

    @Inject
    EnrolmentService enrolments;

    @Inject
    AttendanceService attendance;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Runs one can still enrol in, of one course (?course=code) or all, soonest deadline first")
    public List<CourseRunResponse> open(@QueryParam("course") String course) {
        List<CourseRun> runs = courses.openRuns(course == null || course.isBlank() ? null : course);
        Map<Long, Long> confirmed =
                courses.confirmedCounts(runs.stream().map(CourseRun::getId).toList());
        Locale locale = RequestLocale.get();
        return runs.stream()
                .map(r -> CourseRunResponse.of(r, confirmed.getOrDefault(r.getId(), 0L), locale))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One run with its dates and free places")
    @APIResponse(responseCode = "404", description = "no such run")
    public CourseRunResponse get(@PathParam("id") long id) {
        return response(courses.getRun(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.COURSE_MANAGE)
    @Operation(
            summary = "Plan a run of a course for the own carrier (network coordinator: of a network-wide "
                    + "course, held by the network office); dates in Europe/Berlin")
    @APIResponse(responseCode = "201", description = "planned; Location names it")
    @APIResponse(
            responseCode = "400",
            description = "unknown course or one the caller may not run, dates in the "
                    + "past or reversed, deadline after the first date (named per field)")
    @APIResponseSchema(value = CourseRunResponse.class, responseCode = "201")
    public Response plan(CourseRunInput input) {
        CourseRun run = courses.plan(currentUser.caller(), input);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(run.getId()))
                        .build())
                .entity(CourseRunResponse.of(run, 0, RequestLocale.get()))
                .build();
    }

    @GET
    @Path("{id}/enrolments")
    @RequiresPermissions(Permissions.COURSE_MANAGE)
    @Operation(summary = "Who is enrolled or waiting, in the order they came (staff who keep the run)")
    @APIResponse(responseCode = "404", description = "no such run, or another carrier's")
    public List<ParticipantResponse> participants(@PathParam("id") long id) {
        return enrolments.ofRun(currentUser.caller(), id).stream()
                .map(ParticipantResponse::of)
                .toList();
    }

    @POST
    @Path("{id}/enrolment")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "Enrol; when the run is full, a place on its waiting list")
    @APIResponse(responseCode = "201", description = "enrolled (CONFIRMED) or waiting (WAITING)")
    @APIResponse(responseCode = "409", description = "already enrolled, or the enrolment deadline has passed")
    @APIResponseSchema(value = EnrolmentResponse.class, responseCode = "201")
    public Response enrol(@PathParam("id") long id) {
        Enrolment enrolment = enrolments.enrol(currentUser.caller(), id);
        return Response.status(Response.Status.CREATED)
                .entity(EnrolmentResponse.of(enrolment, RequestLocale.get()))
                .build();
    }

    @DELETE
    @Path("{id}/enrolment")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(
            summary = "Cancel the own enrolment until the enrolment deadline; the first waiting moves up and "
                    + "is told by mail")
    @APIResponse(responseCode = "404", description = "not enrolled")
    @APIResponse(responseCode = "409", description = "the deadline has passed")
    public EnrolmentResponse cancel(@PathParam("id") long id) {
        return EnrolmentResponse.of(enrolments.cancel(currentUser.caller(), id), RequestLocale.get());
    }

    @GET
    @Path("{id}/sessions/{sessionId}/attendance")
    @RequiresPermissions(Permissions.COURSE_MANAGE)
    @Operation(summary = "The attendance recorded for one date")
    @APIResponse(responseCode = "404", description = "no such run or date, or another carrier's")
    public List<AttendanceResponse> attendance(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        return attendance.list(currentUser.caller(), id, sessionId).stream()
                .map(AttendanceResponse::of)
                .toList();
    }

    @PUT
    @Path("{id}/sessions/{sessionId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.COURSE_MANAGE)
    @Operation(
            summary = "Record who was present and absent at one date; present at every date of the run "
                    + "gives the course's qualification")
    @APIResponse(responseCode = "400", description = "somebody without a confirmed place, or named twice")
    @APIResponse(responseCode = "404", description = "no such run or date, or another carrier's")
    @APIResponse(responseCode = "409", description = "the date has not begun yet")
    public List<AttendanceResponse> record(
            @PathParam("id") long id, @PathParam("sessionId") long sessionId, AttendanceInput input) {
        return attendance.record(currentUser.caller(), id, sessionId, input).stream()
                .map(AttendanceResponse::of)
                .toList();
    }

    private CourseRunResponse response(CourseRun run) {
        return CourseRunResponse.of(
                run, courses.confirmedCounts(List.of(run.getId())).getOrDefault(run.getId(), 0L), RequestLocale.get());
    }
}
