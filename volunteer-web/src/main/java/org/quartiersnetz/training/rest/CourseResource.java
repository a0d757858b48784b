package org.quartiersnetz.training.rest;

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
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.training.boundary.CourseInput;
import org.quartiersnetz.training.boundary.CourseService;
import org.quartiersnetz.training.entity.Course;

/** The course catalogue: public to read; carriers and the network coordinator keep their courses. */
@Path("v1/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    CourseService courses;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "All courses, with their validity in months (null: does not expire)")
    public List<CourseResponse> list() {
        return courses.catalogue().stream()
                .map(c -> CourseResponse.of(c, RequestLocale.get()))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.COURSE_MANAGE)
    @Operation(summary = "Add a course: offered by the caller's carrier, or network-wide by the network coordinator")
    @APIResponse(responseCode = "201", description = "added; Location names it by its code")
    @APIResponse(responseCode = "400", description = "a field is missing or invalid (per field)")
    @APIResponse(responseCode = "409", description = "the code is taken")
    @APIResponseSchema(value = CourseResponse.class, responseCode = "201")
    public Response create(CourseInput input) {
        Course course = courses.create(currentUser.caller(), input);
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(course.getCode()).build())
                .entity(CourseResponse.of(course, RequestLocale.get()))
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.COURSE_MANAGE)
    @Operation(
            summary = "Change a course's texts and validity (the code stays); own carrier's, or network-wide "
                    + "ones by the network coordinator")
    @APIResponse(responseCode = "403", description = "a network-wide course, changed by carrier staff")
    @APIResponse(responseCode = "404", description = "no such course, or another carrier's")
    public CourseResponse update(@PathParam("code") String code, CourseInput input) {
        return CourseResponse.of(courses.update(currentUser.caller(), code, input), RequestLocale.get());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One course, by the code task types name")
    @APIResponse(responseCode = "404", description = "no such course")
    public CourseResponse get(@PathParam("code") String code) {
        return CourseResponse.of(courses.getCourse(code), RequestLocale.get());
    }
}
