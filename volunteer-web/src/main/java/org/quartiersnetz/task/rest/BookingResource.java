package org.quartiersnetz.task.rest;

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
import org.quartiersnetz.task.boundary.BookingService;

/** The signed-in volunteer's bookings. */
@Path("v1/bookings")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    @Inject
    BookingService bookingService;

    @Inject
    CurrentUser currentUser;

    @GET
    @RequiresPermissions(Permissions.OWN_PROFILE)
    @Operation(summary = "The own bookings and waiting places that have not ended, soonest first")
    public List<BookingResponse> own() {
        return bookingService.own(currentUser.caller()).stream()
                .map(b -> BookingResponse.of(b, RequestLocale.get()))
                .toList();
    }
}
