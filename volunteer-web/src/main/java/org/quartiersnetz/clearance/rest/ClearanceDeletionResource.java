package org.quartiersnetz.clearance.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.quartiersnetz.clearance.boundary.ClearanceRetention;
import org.quartiersnetz.clearance.boundary.PlannedDeletion;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * Deletion of inspection records by §72a(5) SGB VIII: GET is the dry run, POST deletes exactly
 * what the dry run of the moment lists. A carrier's coordinators act on their carrier's records,
 * administrators on all; everyone else is refused (403).
 */
@Path("v1/clearance-deletions")
@Produces(MediaType.APPLICATION_JSON)
@RequiresAuthentication
public class ClearanceDeletionResource {

    @Inject
    ClearanceRetention retention;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Dry run: the inspection records a deletion run would delete today, and why")
    @APIResponse(responseCode = "403", description = "neither a carrier's coordinator nor an administrator")
    public List<PlannedDeletion> plan() {
        return retention.plan(currentUser.caller());
    }

    @POST
    @Operation(summary = "Delete the inspection records §72a(5) wants deleted today; answers what was deleted")
    @APIResponse(responseCode = "403", description = "neither a carrier's coordinator nor an administrator")
    public List<PlannedDeletion> run() {
        return retention.run(currentUser.caller());
    }
}
