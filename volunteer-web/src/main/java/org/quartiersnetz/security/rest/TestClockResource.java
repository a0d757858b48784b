package org.quartiersnetz.security.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.TestClock;
import org.quartiersnetz.security.entity.Role.Permissions;

/** The server's clock for black-box tests of time rules; 404 unless the server runs with QN_TEST_CLOCK=true. */
@Path("v1/test-clock")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermissions(Permissions.CLOCK_ADJUST)
public class TestClockResource {

    @Inject
    TestClock testClock;

    @Inject
    Clock clock;

    /** The server's time and how far it was moved. */
    public record Now(Instant instant, LocalDate today, long offsetDays) {}

    /** The day the clock should show. */
    public static class Move {
        @NotNull
        public LocalDate today;
    }

    @GET
    @Operation(summary = "The server's time (test servers only)")
    @APIResponse(responseCode = "404", description = "the server does not run with a test clock")
    public Now now() {
        requireEnabled();
        return new Now(
                clock.instant(), ClockProducer.today(clock), testClock.offset().toDays());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves the server's clock to a day, keeping the time of day (test servers only)")
    @APIResponse(responseCode = "404", description = "the server does not run with a test clock")
    public Now move(@NotNull @Valid Move move) {
        requireEnabled();
        testClock.moveTo(move.today);
        return now();
    }

    @DELETE
    @Operation(summary = "Puts the server's clock back to real time (test servers only)")
    @APIResponse(responseCode = "404", description = "the server does not run with a test clock")
    public Now reset() {
        requireEnabled();
        testClock.reset();
        return now();
    }

    private void requireEnabled() {
        if (!testClock.isEnabled()) {
            throw new NotFoundException();
        }
    }
}
