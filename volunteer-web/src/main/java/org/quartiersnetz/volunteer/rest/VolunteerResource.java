package org.quartiersnetz.volunteer.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.quartiersnetz.common.web.RequestLocale;
import org.quartiersnetz.security.web.CurrentUser;
import org.quartiersnetz.volunteer.boundary.SignUp;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/** Volunteers: public sign-up and the signed-in volunteer's own profile. */
@Path("v1/volunteers")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerResource {

    @Inject
    VolunteerService volunteers;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up as a volunteer",
            description = "languages are ISO 639-1 codes; privacyNoticeVersion is the version of "
                    + "GET /api/v1/privacy-notice the person agreed to. The account can sign in once the "
                    + "e-mail address is confirmed with the link mailed to it (in the language of "
                    + "Accept-Language).")
    @APIResponse(responseCode = "201", description = "signed up, e-mail not yet confirmed; Location names the profile")
    @APIResponse(responseCode = "400", description = "invalid input, with per-field errors")
    @APIResponse(responseCode = "409", description = "the e-mail address is already registered")
    public Response signUp(SignUp signUp) {
        Volunteer volunteer = volunteers.signUp(signUp, RequestLocale.get());
        return Response.created(uriInfo.getAbsolutePathBuilder().path("me").build())
                .entity(VolunteerResponse.of(volunteer))
                .build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The signed-in volunteer's profile (HTTP Basic)")
    @APIResponse(responseCode = "200", description = "the profile")
    @APIResponse(responseCode = "401", description = "not signed in")
    @APIResponse(responseCode = "404", description = "the account is not a volunteer's")
    public VolunteerResponse me() {
        return VolunteerResponse.of(volunteers.getByEmail(currentUser.requireEmail()));
    }
}
