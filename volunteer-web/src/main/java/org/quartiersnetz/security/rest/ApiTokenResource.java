package org.quartiersnetz.security.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.security.boundary.ApiTokenService;
import org.quartiersnetz.security.boundary.NewApiToken;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * The caller's personal API tokens. Only a password-authenticated caller manages them: a token
 * never carries the permission to make more tokens.
 */
@Path("v1/account/tokens")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermissions(Permissions.TOKEN_OWN)
public class ApiTokenResource {

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The caller's tokens (never their secret)")
    public List<ApiTokenResponse> list() {
        return tokens.list(currentUser.caller()).stream()
                .map(t -> ApiTokenResponse.of(t, null))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a token; its secret is in this answer only",
            description = "scopes are permissions of the caller's role, e.g. volunteer:read; validDays 1-365")
    @APIResponse(responseCode = "201", description = "created; 'token' is the secret, shown once")
    @APIResponseSchema(value = ApiTokenResponse.class, responseCode = "201")
    public Response create(NewApiToken request) {
        ApiTokenService.Created created = tokens.create(currentUser.caller(), request);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.token().getId()))
                        .build())
                .entity(ApiTokenResponse.of(created.token(), created.secret()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token at once")
    @APIResponse(responseCode = "204", description = "revoked")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(currentUser.caller(), id);
        return Response.noContent().build();
    }
}
