package org.quartiersnetz.matching.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.rest.ServerTiming;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.matching.boundary.BatchProposal;
import org.quartiersnetz.matching.boundary.MatchingService;
import org.quartiersnetz.matching.control.Phases;
import org.quartiersnetz.matching.view.ReasonTexts;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * The batch proposal for all open long-term tasks over the API, to review before sending it
 * ({@code POST /api/v1/placements/batch}). Answers a {@code Server-Timing} header with the time
 * spent in the server (what the benchmark reports) and, after it, the matching's phases.
 */
@Path("v1/batch-proposal")
@Produces(MediaType.APPLICATION_JSON)
public class BatchProposalResource {

    @Inject
    MatchingService matching;

    @Inject
    ReasonTexts texts;

    @Inject
    CurrentUser currentUser;

    @GET
    @RequiresPermissions(Permissions.PLACEMENT_READ)
    @Operation(
            summary =
                    "The batch proposal: volunteers for all open long-term tasks of the caller's carrier (the "
                            + "network coordinator: of all carriers, or of carrier=code) with the highest total score, proven optimal")
    @APIResponse(responseCode = "404", description = "an unknown carrier, or another carrier than one's own")
    @APIResponseSchema(value = BatchProposalResponse.class, responseCode = "200")
    public Response batch(@QueryParam("carrier") String carrier) {
        long start = System.nanoTime();
        BatchProposal proposal = matching.batch(currentUser.caller(), carrier);
        BatchProposalResponse answer = BatchProposalResponse.of(proposal, texts, RequestLocale.get());
        proposal.phases().lap(Phases.Phase.ANSWER);
        return withPhases(ServerTiming.ok(answer, start), proposal.phases());
    }

    /**
     * The phases as further metrics of the one Server-Timing header, after {@code app} (which stays
     * first, for the benchmarks and the tests that read it).
     */
    static Response withPhases(Response timed, Phases phases) {
        String app = timed.getHeaderString("Server-Timing");
        return Response.fromResponse(timed)
                .header("Server-Timing", null)
                .header("Server-Timing", app + ", " + phases.serverTiming())
                .build();
    }
}
