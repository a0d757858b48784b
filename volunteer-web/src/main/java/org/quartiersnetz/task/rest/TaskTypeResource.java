package org.quartiersnetz.task.rest;

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
import org.quartiersnetz.task.boundary.TaskTypeInput;
import org.quartiersnetz.task.boundary.TaskTypeService;
import org.quartiersnetz.task.entity.TaskType;

/** The kinds of task: public to read (the board filters by them), kept by administrators. */
@Path("v1/task-types")
@Produces(MediaType.APPLICATION_JSON)
public class TaskTypeResource {

    @Inject
    TaskTypeService types;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "All task types with their requirements")
    public List<TaskTypeResponse> list() {
        return types.listAll().stream()
                .map(t -> TaskTypeResponse.of(t, RequestLocale.get()))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One task type")
    @APIResponse(responseCode = "404", description = "no such type")
    public TaskTypeResponse get(@PathParam("id") long id) {
        return TaskTypeResponse.of(types.get(id), RequestLocale.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.TASK_TYPE_MANAGE)
    @Operation(summary = "Add a task type (administrators)")
    @APIResponse(responseCode = "201", description = "created; Location names it")
    @APIResponse(responseCode = "409", description = "the code is taken")
    @APIResponseSchema(value = TaskTypeResponse.class, responseCode = "201")
    public Response create(TaskTypeInput input) {
        TaskType type = types.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(type.getId()))
                        .build())
                .entity(TaskTypeResponse.of(type, RequestLocale.get()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.TASK_TYPE_MANAGE)
    @Operation(summary = "Change a task type (administrators); the code stays")
    public TaskTypeResponse update(@PathParam("id") long id, TaskTypeInput input) {
        return TaskTypeResponse.of(types.update(id, input), RequestLocale.get());
    }
}
