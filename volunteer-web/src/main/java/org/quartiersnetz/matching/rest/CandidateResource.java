package org.quartiersnetz.matching.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.rest.ServerTiming;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.matching.boundary.CandidateList;
import org.quartiersnetz.matching.boundary.MatchingService;
import org.quartiersnetz.matching.control.Phases;
import org.quartiersnetz.matching.view.ReasonTexts;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * The ranked candidates of a task with their reasons over the API. Answers a {@code Server-Timing}
 * header with the time spent in the server (what the benchmark reports) and, after it, the matching's phases.
 */
@Path("v1/tasks/{id: [0-9]+}/candidates")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {

    static final int MAX_LIMIT = 200;

    @Inject
    MatchingService matching;

    @Inject
    ReasonTexts texts;

    @Inject
    CurrentUser currentUser;

    @GET
    @RequiresPermissions(Permissions.PLACEMENT_READ)
    @Operation(
            summary = "The ranked candidates for a long-term task: eligible (or on condition) best first with "
                    + "their reasons and missing points, and the next best who are excluded, with what they lack")
    @APIResponse(responseCode = "404", description = "no such task, or another carrier's")
    @APIResponse(responseCode = "409", description = "a slot-based task: volunteers book its slots themselves")
    @APIResponseSchema(value = CandidatesResponse.class, responseCode = "200")
    public Response candidates(
            @PathParam("id") long id, @QueryParam("limit") String limit, @QueryParam("nearMisses") String nearMisses) {
        long start = System.nanoTime();
        int shown = Math.min(Math.max(QueryParams.intOf(limit, 20, "limit"), 0), MAX_LIMIT);
        int missed = Math.min(Math.max(QueryParams.intOf(nearMisses, 10, "nearMisses"), 0), MAX_LIMIT);
        CandidateList list = matching.candidates(currentUser.caller(), id, shown, missed);
        Locale locale = RequestLocale.get();
        CandidatesResponse answer = CandidatesResponse.of(list, texts, locale);
        list.phases().lap(Phases.Phase.ANSWER);
        return BatchProposalResource.withPhases(ServerTiming.ok(answer, start), list.phases());
    }
}
