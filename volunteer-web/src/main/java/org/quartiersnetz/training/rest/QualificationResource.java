package org.quartiersnetz.training.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.training.boundary.ExternalQualificationInput;
import org.quartiersnetz.training.boundary.QualificationService;

/** The signed-in volunteer's qualifications; staff record certificates from elsewhere. */
@Path("v1/qualifications")
@Produces(MediaType.APPLICATION_JSON)
public class QualificationResource {

    @Inject
    QualificationService qualifications;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @GET
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "The own qualifications, newest first, expired ones included")
    public List<QualificationResponse> own() {
        LocalDate today = ClockProducer.today(clock);
        return qualifications.own(currentUser.caller()).stream()
                .map(q -> QualificationResponse.of(q, today, RequestLocale.get()))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.COURSE_MANAGE)
    @Operation(
            summary = "Record a certificate from elsewhere (e.g. first aid for children) for a volunteer one may see")
    @APIResponse(responseCode = "201", description = "recorded; valid from the evidence date for the course's validity")
    @APIResponse(responseCode = "400", description = "unknown course, evidence date in the future (per field)")
    @APIResponse(responseCode = "404", description = "no such volunteer, or one the caller may not see")
    @APIResponseSchema(value = QualificationResponse.class, responseCode = "201")
    public Response recordExternal(ExternalQualificationInput input) {
        var qualification = qualifications.recordExternal(currentUser.caller(), input);
        return Response.status(Response.Status.CREATED)
                .entity(QualificationResponse.of(qualification, ClockProducer.today(clock), RequestLocale.get()))
                .build();
    }
}
