package org.quartiersnetz.declaration.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.declaration.boundary.DeclarationInput;
import org.quartiersnetz.declaration.boundary.DeclarationService;
import org.quartiersnetz.declaration.entity.Declaration;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * Declarations volunteers sign (confidentiality, code of conduct): the texts in force, new
 * versions by administrators, the own signatures, and a volunteer's for staff who may see them.
 */
@Path("v1/declarations")
@Produces(MediaType.APPLICATION_JSON)
public class DeclarationResource {

    @Inject
    DeclarationService declarations;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The declarations in force, in the request's language")
    public List<DeclarationResponse> inForce() {
        return declarations.inForce().stream()
                .map(d -> DeclarationResponse.of(d, RequestLocale.get()))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.DECLARATION_MANAGE)
    @Operation(summary = "Issue a new version (administrators); earlier signatures become outdated")
    @APIResponse(responseCode = "201", description = "the new version, in force at once")
    @APIResponseSchema(value = DeclarationResponse.class, responseCode = "201")
    public Response issue(DeclarationInput input) {
        Declaration issued = declarations.issue(input);
        return Response.status(Response.Status.CREATED)
                .entity(DeclarationResponse.of(issued, RequestLocale.get()))
                .build();
    }

    @GET
    @Path("mine")
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "The signed-in volunteer's signatures: SIGNED, OUTDATED (a new version to sign) or MISSING")
    public List<SignatureResponse> mine() {
        return declarations.own(currentUser.caller()).stream()
                .map(SignatureResponse::of)
                .toList();
    }

    @POST
    @Path("mine/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "Sign the version read: {\"version\": 2}")
    @APIResponse(responseCode = "201", description = "signed")
    @APIResponse(responseCode = "200", description = "this version had been signed before")
    @APIResponse(responseCode = "409", description = "the version is no longer the one in force")
    public Response sign(@PathParam("kind") String kind, SignRequest request) {
        DeclarationKind declaration = QueryParams.enumOf(DeclarationKind.class, kind, "kind");
        if (declaration == null || request == null || request.version() == null) {
            throw InvalidInputException.onField(
                    declaration == null ? "kind" : "version", "declaration.versionRequired");
        }
        boolean signed = declarations.sign(currentUser.caller(), declaration, request.version());
        return Response.status(signed ? Response.Status.CREATED : Response.Status.OK)
                .build();
    }

    @GET
    @Path("volunteers/{id}")
    @RequiresPermissions(Permissions.VOLUNTEER_READ)
    @Operation(summary = "A volunteer's signatures, for staff who may see the volunteer")
    @APIResponse(responseCode = "404", description = "no such volunteer, or not visible to the caller")
    public List<SignatureResponse> of(@PathParam("id") long id) {
        return declarations.of(currentUser.caller(), id).stream()
                .map(SignatureResponse::of)
                .toList();
    }
}
