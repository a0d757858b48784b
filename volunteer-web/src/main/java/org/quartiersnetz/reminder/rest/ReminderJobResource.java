package org.quartiersnetz.reminder.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.quartiersnetz.reminder.boundary.ReminderJob;
import org.quartiersnetz.security.entity.Role.Permissions;

/** Running the reminder job now, for the operator (and the tests, which must not wait for its timer). */
@Path("v1/reminders/run")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderJobResource {

    @Inject
    ReminderJob job;

    @POST
    @RequiresPermissions(Permissions.JOB_RUN)
    @Operation(
            summary = "Runs the reminder job now on this instance (it also runs every few minutes); ran=false "
                    + "when another instance is at it. Each reminder is sent once whichever instance runs it")
    public ReminderJob.Run run() {
        return job.runNow();
    }
}
