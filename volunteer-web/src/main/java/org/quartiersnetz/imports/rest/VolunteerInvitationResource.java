package org.quartiersnetz.imports.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.quartiersnetz.imports.boundary.InvitationAcceptance;
import org.quartiersnetz.imports.boundary.InvitationService;

/** An imported volunteer accepts the invitation from the mail (public: the token is the proof). */
@Path("v1/invitation-acceptances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VolunteerInvitationResource {

    @Inject
    InvitationService invitations;

    @POST
    @Operation(
            summary = "Accept the invitation: token from the mailed link, a password, the privacy notice version",
            description = "confirms the address and records the consent; 204; 400 for an unknown token, 410 for a"
                    + " used or expired one")
    public Response accept(InvitationAcceptance acceptance) {
        invitations.accept(acceptance);
        return Response.noContent().build();
    }
}
