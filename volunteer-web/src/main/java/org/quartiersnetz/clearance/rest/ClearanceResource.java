package org.quartiersnetz.clearance.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.clearance.boundary.ClearanceService;
import org.quartiersnetz.clearance.entity.ClearanceCheck;
import org.quartiersnetz.clearance.view.ClearanceLetter;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * §72a inspections of one volunteer, for carrier staff who may see the volunteer: their own
 * carrier's, and the other carriers' only with the volunteer's consent. Anything else is 404.
 */
@Path("v1/volunteers/{id: [0-9]+}/clearance")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermissions(Permissions.CLEARANCE_MANAGE)
public class ClearanceResource {

    @Inject
    ClearanceService clearance;

    @Inject
    ClearanceLetter letter;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("checks")
    @Operation(summary = "The volunteer's inspections the own carrier may see, newest first")
    @APIResponse(responseCode = "404", description = "no such volunteer, or not visible to the caller")
    public List<ClearanceResponse> list(@PathParam("id") long id) {
        return clearance.visible(currentUser.caller(), id).stream()
                .map(ClearanceResponse::of)
                .toList();
    }

    @POST
    @Path("checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record that the own carrier inspected the volunteer's extended certificate of conduct",
            description = "Exactly inspectedOn, certificateIssuedOn (ISO dates) and relevantConviction; any other "
                    + "property is refused (400). The certificate may be at most QN_CLEARANCE_MAX_CERTIFICATE_AGE "
                    + "(default 3 months) old at the inspection; neither date may lie in the future.")
    @APIResponse(responseCode = "201", description = "recorded; Location names the volunteer's inspections")
    @APIResponse(responseCode = "400", description = "invalid or additional input, with the field named")
    @APIResponse(responseCode = "404", description = "no such volunteer, or not visible to the caller")
    @APIResponseSchema(value = ClearanceResponse.class, responseCode = "201")
    public Response record(@PathParam("id") long id, JsonObject body) {
        ClearanceCheck check = clearance.record(currentUser.caller(), id, ClearanceRequests.input(body));
        return Response.created(uriInfo.getAbsolutePath())
                .entity(ClearanceResponse.of(check))
                .build();
    }

    @GET
    @Path("status")
    @Operation(
            summary = "Whether the own carrier may let the volunteer take up a task needing clearance",
            description = "VALID, CONVICTION (never place), DUE (renewal passed) or MISSING, on the day given "
                    + "(ISO date, default today), from the own carrier's inspections and, with the volunteer's "
                    + "consent, the other carriers'.")
    @APIResponse(responseCode = "404", description = "no such volunteer, or not visible to the caller")
    public StatusResponse status(@PathParam("id") long id, @QueryParam("on") String on) {
        LocalDate day = QueryParams.dateOf(on, "on");
        return new StatusResponse(clearance.status(currentUser.caller(), id, day));
    }

    @POST
    @Path("activity")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a day the volunteer was active for the own carrier in a task needing clearance",
            description = "Restarts the §72a(5) keeping time on the inspections the carrier relies on.")
    @APIResponse(responseCode = "400", description = "no date, or one in the future")
    @APIResponse(responseCode = "404", description = "no such volunteer, or not visible to the caller")
    public ActivityResponse activity(@PathParam("id") long id, ActivityRequest request) {
        if (request == null || request.on() == null) {
            throw InvalidInputException.onField("on", "clearance.dateMissing");
        }
        return new ActivityResponse(clearance.recordActivity(currentUser.caller(), id, request.on()));
    }

    @GET
    @Path("letter")
    @Produces("application/pdf")
    @Operation(summary = "The letter confirming the volunteer role, for a certificate free of charge (PDF)")
    @APIResponse(responseCode = "404", description = "no such volunteer, or not visible to the caller")
    public Response letter(@PathParam("id") long id) {
        byte[] pdf = letter.render(clearance.letter(currentUser.caller(), id));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"bestaetigung-ehrenamt-" + id + ".pdf\"")
                .build();
    }
}
