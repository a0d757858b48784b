package org.quartiersnetz.dashboard.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.rest.ServerTiming;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.dashboard.boundary.DashboardFilter;
import org.quartiersnetz.dashboard.boundary.DashboardService;
import org.quartiersnetz.dashboard.view.DashboardList;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/** The coordinators' dashboard: all lists at once as JSON, or one list as CSV. */
@Path("v1/dashboard")
public class DashboardResource {

    static final String UNKNOWN_LIST = "dashboard.unknownList";

    @Inject
    DashboardService dashboard;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.DASHBOARD_READ)
    @Operation(
            summary = "Overdue supervision, expiring qualifications, clearance due or missing, placements waiting for "
                    + "their intro meeting, sessions and course runs with free places, supervision coverage per month: the own "
                    + "carrier's for its coordinators, all carriers' (or carrier=code) for the network coordinator; type=task "
                    + "type code, days=how far ahead (1–365, default 60)")
    @APIResponseSchema(value = DashboardResponse.class, responseCode = "200")
    public Response view(
            @QueryParam("carrier") String carrier, @QueryParam("type") String type, @QueryParam("days") String days) {
        long start = System.nanoTime();
        return ServerTiming.ok(
                DashboardResponse.of(
                        dashboard.view(currentUser.caller(), filter(carrier, type, days)), RequestLocale.get()),
                start);
    }

    @GET
    @Path("{list}")
    @Produces("text/csv")
    @RequiresPermissions(Permissions.DASHBOARD_READ)
    @Operation(
            summary = "One list as CSV (overdue-supervision, expiring-qualifications, clearance, waiting-for-intro, "
                    + "free-places, coverage), same filters and columns as the page, header in the reader's language")
    public Response export(
            @PathParam("list") String list,
            @QueryParam("carrier") String carrier,
            @QueryParam("type") String type,
            @QueryParam("days") String days) {
        DashboardList which = DashboardList.ofPath(list).orElseThrow(() -> new NotFoundException(UNKNOWN_LIST, list));
        String csv = which.csv(dashboard, currentUser.caller(), filter(carrier, type, days), RequestLocale.get());
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + which.fileName(ClockProducer.today(clock)) + "\"")
                .build();
    }

    static DashboardFilter filter(String carrier, String type, String days) {
        return new DashboardFilter(carrier, type, QueryParams.intOf(days, DashboardFilter.DEFAULT_DAYS, "days"));
    }
}
