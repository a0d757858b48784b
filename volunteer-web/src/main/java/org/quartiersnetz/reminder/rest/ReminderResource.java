package org.quartiersnetz.reminder.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.reminder.boundary.ReminderPreferences;
import org.quartiersnetz.reminder.entity.ReminderKind;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/** The volunteer's choice of reminders. */
@Path("v1/volunteers/me/reminders")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {

    static final String MISSING = "reminder.wantedMissing";

    @Inject
    ReminderPreferences preferences;

    @Inject
    CurrentUser currentUser;

    @GET
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "Which reminders the volunteer gets (all until they switch some off)")
    public ReminderChoice mine() {
        return choice(preferences.wanted(currentUser.caller()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(
            summary = "Sets the reminders the volunteer wants: {\"wanted\": [\"SESSION_TOMORROW\", …]}; the "
                    + "others are off")
    public ReminderChoice choose(ReminderChoice body) {
        if (body == null || body.wanted() == null) {
            throw InvalidInputException.onField("wanted", MISSING);
        }
        Set<ReminderKind> wanted = EnumSet.noneOf(ReminderKind.class);
        for (String kind : body.wanted()) {
            ReminderKind chosen = QueryParams.enumOf(ReminderKind.class, kind, "wanted");
            if (chosen == null) {
                throw InvalidInputException.onField("wanted", MISSING);
            }
            wanted.add(chosen);
        }
        return choice(preferences.choose(currentUser.caller(), wanted));
    }

    private static ReminderChoice choice(Set<ReminderKind> wanted) {
        return new ReminderChoice(
                wanted.stream().map(Enum::name).toList(),
                Arrays.stream(ReminderKind.values()).map(Enum::name).toList());
    }
}
