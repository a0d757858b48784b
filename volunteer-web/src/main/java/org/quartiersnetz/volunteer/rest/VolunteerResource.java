package org.quartiersnetz.volunteer.rest;

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
import java.time.DayOfWeek;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.rest.PageResponse;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.volunteer.boundary.DuplicateResolution;
import org.quartiersnetz.volunteer.boundary.InterviewNoteService;
import org.quartiersnetz.volunteer.boundary.Profile;
import org.quartiersnetz.volunteer.boundary.SignUp;
import org.quartiersnetz.volunteer.boundary.VolunteerFilter;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Skill;
import org.quartiersnetz.volunteer.entity.TimeBand;
import org.quartiersnetz.volunteer.entity.Volunteer;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * Volunteers: public sign-up; the signed-in volunteer's own profile and status; for staff the
 * list, profiles, lifecycle and their carrier's interview notes of the volunteers they may see.
 */
@Path("v1/volunteers")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerResource {

    @Inject
    VolunteerService volunteers;

    @Inject
    InterviewNoteService notes;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Sign up as a volunteer",
            description = "languages are ISO 639-1 codes; privacyNoticeVersion is the version of "
                    + "GET /api/v1/privacy-notice the person agreed to. The account can sign in once the "
                    + "e-mail address is confirmed with the link mailed to it (in the language of "
                    + "Accept-Language).")
    @APIResponse(responseCode = "201", description = "signed up, e-mail not yet confirmed; Location names the profile")
    @APIResponse(responseCode = "400", description = "invalid input, with per-field errors")
    @APIResponse(responseCode = "409", description = "the e-mail address is already registered")
    @APIResponseSchema(value = VolunteerResponse.class, responseCode = "201")
    public Response signUp(SignUp signUp) {
        Volunteer volunteer = volunteers.signUp(signUp, RequestLocale.get());
        return Response.created(uriInfo.getAbsolutePathBuilder().path("me").build())
                .entity(VolunteerResponse.of(volunteer))
                .build();
    }

    @GET
    @Path("me")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "The signed-in volunteer's profile")
    @APIResponse(responseCode = "200", description = "the profile")
    @APIResponse(responseCode = "401", description = "not signed in")
    @APIResponse(responseCode = "403", description = "the account is not a volunteer's")
    public VolunteerResponse me() {
        return VolunteerResponse.of(volunteers.getOwn(currentUser.caller()));
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "Update the signed-in volunteer's profile (the whole profile)")
    public VolunteerResponse updateMe(Profile profile) {
        long own = volunteers.getOwn(currentUser.caller()).getId();
        return VolunteerResponse.of(volunteers.updateProfile(currentUser.caller(), own, profile));
    }

    @POST
    @Path("me/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "Pause, come back from a pause, or leave")
    @APIResponse(responseCode = "409", description = "not a step the volunteer may take now; allowedNext lists those")
    public VolunteerResponse changeMyStatus(StatusChangeRequest change) {
        long own = volunteers.getOwn(currentUser.caller()).getId();
        return VolunteerResponse.of(step(own, change));
    }

    @GET
    @RequiresPermissions(Permissions.VOLUNTEER_READ)
    @Operation(
            summary = "A page of the volunteers the caller may see",
            description = "carrier staff: those who chose their carrier or joined the shared pool; "
                    + "network coordinators: all. Filters are optional.")
    public PageResponse<VolunteerSummary> list(
            @QueryParam("status") String status,
            @QueryParam("language") String language,
            @QueryParam("skill") String skill,
            @QueryParam("day") String day,
            @QueryParam("band") String band,
            @QueryParam("carrier") String carrier,
            @QueryParam("name") String name,
            @QueryParam("possibleDuplicate") String possibleDuplicate,
            @QueryParam("sort") String sort,
            @QueryParam("descending") String descending,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        VolunteerFilter filter = new VolunteerFilter(
                QueryParams.enumOf(VolunteerStatus.class, status, "status"),
                language == null || language.isBlank() ? null : language.strip(),
                QueryParams.enumOf(Skill.class, skill, "skill"),
                QueryParams.enumOf(DayOfWeek.class, day, "day"),
                QueryParams.enumOf(TimeBand.class, band, "band"),
                carrier,
                name,
                QueryParams.booleanOf(possibleDuplicate, "possibleDuplicate"),
                QueryParams.enumOf(VolunteerFilter.Sort.class, sort, "sort"),
                Boolean.TRUE.equals(QueryParams.booleanOf(descending, "descending")),
                QueryParams.intOf(page, 0, "page"),
                QueryParams.intOf(size, 50, "size"));
        return PageResponse.of(volunteers.search(currentUser.caller(), filter), VolunteerSummary::of);
    }

    @GET
    @Path("{id}")
    @RequiresPermissions(Permissions.VOLUNTEER_READ)
    @Operation(summary = "A volunteer's profile, if the caller may see them (404 otherwise)")
    public VolunteerResponse get(@PathParam("id") long id) {
        return VolunteerResponse.forStaff(volunteers.get(currentUser.caller(), id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.VOLUNTEER_MANAGE)
    @Operation(summary = "Update a volunteer's profile on their behalf")
    public VolunteerResponse update(@PathParam("id") long id, Profile profile) {
        return VolunteerResponse.forStaff(volunteers.updateProfile(currentUser.caller(), id, profile));
    }

    @GET
    @Path("{id}/status-changes")
    @RequiresPermissions(Permissions.VOLUNTEER_READ)
    @Operation(summary = "The volunteer's lifecycle so far")
    public List<StatusChangeResponse> history(@PathParam("id") long id) {
        return volunteers.history(currentUser.caller(), id).stream()
                .map(StatusChangeResponse::of)
                .toList();
    }

    @POST
    @Path("{id}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.VOLUNTEER_MANAGE)
    @Operation(summary = "Move a volunteer one step on (interviewed, active, paused, left)")
    @APIResponse(responseCode = "409", description = "not an allowed step; allowedNext lists those")
    public VolunteerResponse changeStatus(@PathParam("id") long id, StatusChangeRequest change) {
        return VolunteerResponse.forStaff(step(id, change));
    }

    @POST
    @Path("{id}/duplicate-resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.VOLUNTEER_MANAGE)
    @Operation(
            summary = "Settle a possible duplicate: {\"resolution\": \"DISMISS\"} or \"MERGE\" (into the "
                    + "volunteer it resembles; answers that one)")
    @APIResponse(responseCode = "409", description = "the volunteer is not flagged as a possible duplicate")
    public VolunteerResponse resolveDuplicate(@PathParam("id") long id, DuplicateRequest request) {
        if (request == null || request.resolution() == null) {
            throw InvalidInputException.onField("resolution", "volunteer.duplicate.resolutionRequired");
        }
        return VolunteerResponse.forStaff(volunteers.resolveDuplicate(currentUser.caller(), id, request.resolution()));
    }

    /** The decision about a possible duplicate. */
    public record DuplicateRequest(DuplicateResolution resolution) {}

    @GET
    @Path("{id}/notes")
    @RequiresPermissions(Permissions.NOTE_WRITE)
    @Operation(summary = "The interview notes of the caller's carrier about this volunteer")
    public List<NoteResponse> notes(@PathParam("id") long id) {
        return notes.list(currentUser.caller(), id).stream()
                .map(NoteResponse::of)
                .toList();
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.NOTE_WRITE)
    @Operation(summary = "Write an interview note, visible to the caller's carrier only")
    @APIResponseSchema(value = NoteResponse.class, responseCode = "201")
    public Response addNote(@PathParam("id") long id, NoteRequest note) {
        NoteResponse created = NoteResponse.of(notes.add(currentUser.caller(), id, note == null ? null : note.text()));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    private Volunteer step(long id, StatusChangeRequest change) {
        if (change == null || change.status() == null) {
            throw InvalidInputException.onField("status", "volunteer.status.required");
        }
        return volunteers.changeStatus(currentUser.caller(), id, change.status(), change.reason());
    }
}
