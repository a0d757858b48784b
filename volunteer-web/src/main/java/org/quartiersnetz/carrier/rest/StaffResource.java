package org.quartiersnetz.carrier.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.quartiersnetz.carrier.boundary.StaffInvitation;
import org.quartiersnetz.carrier.boundary.StaffService;
import org.quartiersnetz.carrier.entity.StaffMember;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/** Staff accounts: invited and changed by administrators, seen by colleagues. */
@Path("v1/staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffService staff;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @RequiresPermissions(Permissions.STAFF_READ)
    @Operation(
            summary = "Staff the caller may see: all for administrators and network coordinators, "
                    + "otherwise the own carrier's")
    public List<StaffResponse> list() {
        return staff.list(currentUser.caller()).stream().map(StaffResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.STAFF_MANAGE)
    @Operation(summary = "Invite a member of staff; they get an e-mail to set their password")
    @APIResponse(responseCode = "201", description = "invited")
    @APIResponse(responseCode = "409", description = "the e-mail address has an account already")
    @APIResponseSchema(value = StaffResponse.class, responseCode = "201")
    public Response invite(StaffInvitation invitation) {
        StaffMember member = staff.invite(invitation);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(member.getId()))
                        .build())
                .entity(StaffResponse.of(member))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.STAFF_MANAGE)
    @Operation(summary = "Change name, role, carrier, or disable the account (not one's own role or access)")
    public StaffResponse change(@PathParam("id") long id, StaffInvitation change) {
        return StaffResponse.of(staff.change(currentUser.caller(), id, change));
    }
}
