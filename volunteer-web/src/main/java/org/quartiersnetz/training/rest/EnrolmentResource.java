package org.quartiersnetz.training.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.training.boundary.EnrolmentService;

/** The signed-in volunteer's enrolments. */
@Path("v1/enrolments")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    CurrentUser currentUser;

    @GET
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "The own enrolments and waiting places")
    public List<EnrolmentResponse> own() {
        return enrolments.own(currentUser.caller()).stream()
                .map(e -> EnrolmentResponse.of(e, RequestLocale.get()))
                .toList();
    }
}
