package org.quartiersnetz.carrier.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.quartiersnetz.carrier.boundary.SiteInput;
import org.quartiersnetz.carrier.boundary.SiteService;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/** Changing a site (its list is under its carrier). */
@Path("v1/sites")
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    @Inject
    SiteService sites;

    @Inject
    CurrentUser currentUser;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.SITE_MANAGE)
    @Operation(summary = "Change a site (administrators, the carrier's coordinators)")
    public SiteResponse update(@PathParam("id") long id, SiteInput input) {
        return SiteResponse.of(sites.update(currentUser.caller(), id, input));
    }
}
