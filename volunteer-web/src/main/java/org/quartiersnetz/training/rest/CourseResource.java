package org.quartiersnetz.training.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.quartiersnetz.common.web.RequestLocale;
import org.quartiersnetz.training.boundary.CourseService;

/** The course catalogue: public to read. */
@Path("v1/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    CourseService courses;

    @GET
    @Operation(summary = "All courses, with their validity in months (null: does not expire)")
    public List<CourseResponse> list() {
        return courses.catalogue().stream().map(c -> CourseResponse.of(c, RequestLocale.get())).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One course, by the code task types name")
    @APIResponse(responseCode = "404", description = "no such course")
    public CourseResponse get(@PathParam("code") String code) {
        return CourseResponse.of(courses.getCourse(code), RequestLocale.get());
    }
}
