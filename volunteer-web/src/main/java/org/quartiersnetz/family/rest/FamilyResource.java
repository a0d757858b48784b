package org.quartiersnetz.family.rest;

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
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.rest.PageResponse;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.family.boundary.FamilyInput;
import org.quartiersnetz.family.boundary.FamilyService;
import org.quartiersnetz.family.entity.Family;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * Pseudonymous families of the caller's carrier. Another carrier's family answers 404 as if it
 * did not exist; reading one family is audited, and its coordinators see the audit trail.
 */
@Path("v1/families")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermissions(Permissions.FAMILY_MANAGE)
public class FamilyResource {

    @Inject
    FamilyService families;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "A page of the own carrier's families (codes only, newest first; not audited)")
    public PageResponse<FamilySummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(
                families.list(
                        currentUser.caller(), QueryParams.intOf(page, 0, "page"), QueryParams.intOf(size, 50, "size")),
                FamilySummary::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a family of the own carrier",
            description = "code is optional (F-2026-017); left out, the next free code of the year is given. "
                    + "languages are ISO 639-1 codes, ageBands names of the age bands. Never a name or address.")
    @APIResponse(responseCode = "201", description = "added; Location names the family")
    @APIResponse(responseCode = "400", description = "invalid input, with per-field errors")
    @APIResponse(responseCode = "409", description = "the code is taken")
    @APIResponseSchema(value = FamilyResponse.class, responseCode = "201")
    public Response create(FamilyInput input) {
        Family family = families.create(currentUser.caller(), input);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(family.getId()))
                        .build())
                .entity(FamilyResponse.of(family))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One family of the own carrier (each call is recorded in its audit trail)")
    @APIResponse(responseCode = "404", description = "no such family, or another carrier's")
    public FamilyResponse get(@PathParam("id") long id) {
        return FamilyResponse.of(families.get(currentUser.caller(), id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a family of the own carrier (recorded in its audit trail); no code keeps the old")
    @APIResponse(responseCode = "400", description = "invalid input, with per-field errors")
    @APIResponse(responseCode = "404", description = "no such family, or another carrier's")
    @APIResponse(responseCode = "409", description = "the code is taken")
    public FamilyResponse update(@PathParam("id") long id, FamilyInput input) {
        return FamilyResponse.of(families.update(currentUser.caller(), id, input));
    }

    @GET
    @Path("{id}/reads")
    @Operation(summary = "Who read a family when and why, newest first (the owning carrier's coordinators)")
    @APIResponse(responseCode = "403", description = "staff of the owning carrier who are not coordinators")
    @APIResponse(responseCode = "404", description = "no such family, or another carrier's")
    public PageResponse<FamilyReadResponse> reads(
            @PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(
                families.reads(
                        currentUser.caller(),
                        id,
                        QueryParams.intOf(page, 0, "page"),
                        QueryParams.intOf(size, 50, "size")),
                FamilyReadResponse::of);
    }
}
