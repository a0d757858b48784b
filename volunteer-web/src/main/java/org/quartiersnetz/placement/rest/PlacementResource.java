package org.quartiersnetz.placement.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.family.rest.FamilyResponse;
import org.quartiersnetz.matching.view.ReasonTexts;
import org.quartiersnetz.placement.boundary.PlacementService;
import org.quartiersnetz.placement.boundary.PlacementStepInput;
import org.quartiersnetz.placement.boundary.ProposalRequest;
import org.quartiersnetz.placement.entity.Placement;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * Placements: staff (and the network coordinator) propose volunteers, one or a reviewed batch;
 * the volunteer answers; the carrier's staff take the placement through its steps.
 */
@Path("v1/placements")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementResource {

    @Inject
    PlacementService placements;

    @Inject
    ReasonTexts texts;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @RequiresPermissions(Permissions.PLACEMENT_READ)
    @Operation(summary = "The placements of a task (task=id), newest first")
    @APIResponse(responseCode = "404", description = "no such task, or another carrier's")
    public List<PlacementResponse> ofTask(@QueryParam("task") String task) {
        Caller caller = currentUser.caller();
        Long taskId = QueryParams.longOf(task, "task");
        if (taskId == null) {
            throw InvalidInputException.onField("task", "placement.taskRequired");
        }
        return placements.ofTask(caller, taskId).stream()
                .map(p -> response(caller, p))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.PLACEMENT_PROPOSE)
    @Operation(summary = "Propose a volunteer for an open long-term task; the volunteer gets a mail")
    @APIResponse(responseCode = "201", description = "proposed; Location names the placement")
    @APIResponse(
            responseCode = "409",
            description = "the task is filled or not open, or the volunteer is not "
                    + "eligible (what excludes them is named)")
    @APIResponseSchema(value = PlacementResponse.class, responseCode = "201")
    public Response propose(ProposalRequest request) {
        if (request == null || request.taskId() == null || request.volunteerId() == null) {
            throw InvalidInputException.onField(
                    request == null || request.taskId() == null ? "taskId" : "volunteerId", "placement.pairRequired");
        }
        Caller caller = currentUser.caller();
        Placement placement = placements.propose(caller, request.taskId(), request.volunteerId());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(placement.getId()))
                        .build())
                .entity(response(caller, placement))
                .build();
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.PLACEMENT_PROPOSE)
    @Operation(
            summary = "Send a reviewed batch proposal: all pairs are proposed, or none (the first that cannot "
                    + "be proposed any more answers on its item, items[i])")
    @APIResponse(responseCode = "409", description = "an item cannot be proposed any more; nothing was saved")
    @APIResponse(
            responseCode = "201",
            description = "all proposed",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PlacementResponse.class)))
    public Response proposeAll(BatchRequest request) {
        if (request == null || request.items() == null) {
            throw InvalidInputException.onField("items", "placement.batchEmpty");
        }
        Caller caller = currentUser.caller();
        List<PlacementResponse> created = placements.proposeAll(caller, request.items()).stream()
                .map(p -> response(caller, p))
                .toList();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("mine")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "The signed-in volunteer's proposals and placements, newest first")
    public List<PlacementResponse> own() {
        Caller caller = currentUser.caller();
        return placements.own(caller).stream().map(p -> response(caller, p)).toList();
    }

    @GET
    @Path("{id}")
    @RequiresPermissions(
            value = {Permissions.PLACEMENT_READ, Permissions.OWN_PROFILE},
            logical = Logical.OR)
    @Operation(summary = "One placement, with the steps the caller may take next")
    @APIResponse(responseCode = "404", description = "no such placement, or not the caller's")
    public PlacementResponse get(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        return response(caller, placements.get(caller, id));
    }

    @GET
    @Path("{id}/steps")
    @RequiresPermissions(
            value = {Permissions.PLACEMENT_READ, Permissions.OWN_PROFILE},
            logical = Logical.OR)
    @Operation(summary = "The steps the placement took: from, to, who, when, what was noted")
    public List<PlacementStepResponse> history(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        // who took a step is staff's business: volunteers see what happened and when
        boolean staff = caller.isCarrierStaff() || caller.is(Role.NETWORK_COORDINATOR);
        return placements.history(caller, id).stream()
                .map(s -> PlacementStepResponse.of(s, staff))
                .toList();
    }

    @GET
    @Path("{id}/family")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "The family of the task, for the volunteer who holds a place in it (audited)")
    @APIResponse(responseCode = "404", description = "not the caller's placement, no place held, or no family")
    public FamilyResponse family(@PathParam("id") long id) {
        return FamilyResponse.of(placements.family(currentUser.caller(), id));
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(
            value = {Permissions.PLACEMENT_MANAGE, Permissions.OWN_PROFILE},
            logical = Logical.OR)
    @Operation(
            summary = "The next step: the volunteer ACCEPTED or DECLINED (reason optional), CANCELLED (reason); "
                    + "staff INTRO_MEETING (meetingAt, staffId), GETTING_TO_KNOW, TRIAL_PERIOD (trialUntil), ACTIVE "
                    + "(familyConsent for tandems), ENDED (reason), CANCELLED (reason)")
    @APIResponse(
            responseCode = "409",
            description = "not a step allowed now (allowedNext lists those), the last "
                    + "place was taken meanwhile, or a requirement is missing for ACTIVE")
    public PlacementResponse step(@PathParam("id") long id, PlacementStepInput input) {
        Caller caller = currentUser.caller();
        return response(caller, placements.step(caller, id, input));
    }

    private PlacementResponse response(Caller caller, Placement placement) {
        return PlacementResponse.of(
                placement,
                placements.reasonsFor(caller, placement),
                placements.nameOf(placement.getIntroStaff()),
                placements.nextSteps(caller, placement),
                texts,
                RequestLocale.get());
    }
}
