package org.quartiersnetz.training.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.training.boundary.QualificationService;
import org.quartiersnetz.training.entity.CourseStatus;

/** A volunteer's qualifications and course status, for staff who may see the volunteer. */
@Path("v1/volunteers/{id}/qualifications")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerQualificationResource {

    @Inject
    QualificationService qualifications;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @GET
    @RequiresPermissions(Permissions.COURSE_MANAGE)
    @Operation(summary = "The volunteer's qualifications, newest first, expired ones included")
    @APIResponse(responseCode = "404", description = "no such volunteer, or one the caller may not see")
    public List<QualificationResponse> list(@PathParam("id") long id) {
        LocalDate today = ClockProducer.today(clock);
        return qualifications.of(currentUser.caller(), id).stream()
                .map(q -> QualificationResponse.of(q, today, RequestLocale.get()))
                .toList();
    }

    @GET
    @Path("status")
    @RequiresPermissions(Permissions.COURSE_MANAGE)
    @Operation(
            summary = "VALID, ENROLLED (on condition) or MISSING per course code (?courses=a,b) on a day "
                    + "(?on=yyyy-mm-dd, default today)")
    @APIResponse(responseCode = "404", description = "no such volunteer, or one the caller may not see")
    public Map<String, CourseStatus> status(
            @PathParam("id") long id, @QueryParam("courses") String courses, @QueryParam("on") String on) {
        LocalDate day = QueryParams.dateOf(on, "on");
        List<String> codes = courses == null
                ? List.of()
                : Arrays.stream(courses.split(","))
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .distinct()
                        .toList();
        return qualifications.status(currentUser.caller(), id, codes, day == null ? ClockProducer.today(clock) : day);
    }
}
