package org.quartiersnetz.clearance.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.quartiersnetz.clearance.boundary.ClearanceService;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/** A volunteer's own §72a inspections and their consent that carriers share them. */
@Path("v1/volunteers/me/clearance")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermissions(Permissions.OWN_PROFILE)
public class OwnClearanceResource {

    @Inject
    ClearanceService clearance;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The own inspections, by all carriers, and the consent to share them")
    public OwnClearanceResponse get() {
        Caller caller = currentUser.caller();
        return OwnClearanceResponse.of(clearance.ownConsent(caller), clearance.own(caller));
    }

    @PUT
    @Path("consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give or withdraw the consent that every carrier's inspection is shown to the others")
    public OwnClearanceResponse consent(ConsentRequest request) {
        if (request == null || request.shareConsent() == null) {
            throw InvalidInputException.onField("shareConsent", "clearance.consentMissing");
        }
        Caller caller = currentUser.caller();
        clearance.changeOwnConsent(caller, request.shareConsent());
        return OwnClearanceResponse.of(clearance.ownConsent(caller), clearance.own(caller));
    }
}
