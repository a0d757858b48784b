package org.quartiersnetz.offer.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.common.view.QueryParams;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.offer.boundary.OfferInput;
import org.quartiersnetz.offer.boundary.OfferService;
import org.quartiersnetz.offer.control.OfferWeek;
import org.quartiersnetz.offer.entity.Offer;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/** The network's offers: public to read, in the request's language; kept by each carrier's staff. */
@Path("v1/offers")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {

    @Inject
    OfferService offers;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The offers of all carriers that are valid today or later")
    public List<OfferResponse> list() {
        Locale locale = RequestLocale.get();
        return offers.listCurrent().stream()
                .map(o -> OfferResponse.of(o, locale))
                .toList();
    }

    @GET
    @Path("week")
    @Operation(summary = "What is on in the week (Monday to Sunday, Europe/Berlin) of a date; this week without one")
    public WeekResponse week(@QueryParam("date") String date) {
        LocalDate day = QueryParams.dateOf(date, "date");
        LocalDate monday = OfferWeek.mondayOf(day == null ? offers.today() : day);
        Locale locale = RequestLocale.get();
        return new WeekResponse(
                monday,
                monday.plusDays(6),
                offers.week(monday, locale).stream()
                        .map(o -> OccurrenceResponse.of(o, locale))
                        .toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.OFFER_MANAGE)
    @Operation(summary = "Add an offer of the own carrier (carrier staff and coordinators)")
    @APIResponseSchema(value = OfferResponse.class, responseCode = "201")
    public Response create(OfferInput input) {
        Offer offer = offers.create(currentUser.caller(), input);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(offer.getId()))
                        .build())
                .entity(OfferResponse.of(offer, RequestLocale.get()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.OFFER_MANAGE)
    @Operation(summary = "Change an offer of the own carrier")
    public OfferResponse update(@PathParam("id") long id, OfferInput input) {
        return OfferResponse.of(offers.update(currentUser.caller(), id, input), RequestLocale.get());
    }

    @DELETE
    @Path("{id}")
    @RequiresPermissions(Permissions.OFFER_MANAGE)
    @Operation(summary = "Remove an offer of the own carrier")
    public void delete(@PathParam("id") long id) {
        offers.delete(currentUser.caller(), id);
    }
}
