package org.quartiersnetz.volunteer.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;
import org.quartiersnetz.volunteer.boundary.GroupMessageRequest;
import org.quartiersnetz.volunteer.boundary.GroupMessageService;
import org.quartiersnetz.volunteer.entity.GroupMessage;

/** E-mails to a filtered group of the volunteers the caller may see (who want circular mails). */
@Path("v1/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermissions(Permissions.MESSAGE_SEND)
public class MessageResource {

    @Inject
    GroupMessageService messages;

    @Inject
    CurrentUser currentUser;

    /** How many volunteers a message reaches. */
    public record Sent(long id, int recipients) {}

    @POST
    @Path("preview")
    @Operation(summary = "How many would receive this message, and the mail as they would read it")
    public GroupMessageService.Preview preview(GroupMessageRequest request) {
        return messages.preview(currentUser.caller(), request);
    }

    @POST
    @Operation(
            summary = "Send the message: one mail per recipient through the outbox",
            description = "filters as for GET /api/v1/volunteers (status, language, skill, day, band, carrier)")
    @APIResponseSchema(value = Sent.class, responseCode = "201")
    public Response send(GroupMessageRequest request) {
        GroupMessage message = messages.send(currentUser.caller(), request);
        return Response.status(Response.Status.CREATED)
                .entity(new Sent(message.getId(), message.getRecipientCount()))
                .build();
    }
}
