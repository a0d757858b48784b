package org.quartiersnetz.carrier.rest;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.quartiersnetz.carrier.boundary.CarrierInput;
import org.quartiersnetz.carrier.boundary.CarrierService;
import org.quartiersnetz.carrier.boundary.SiteInput;
import org.quartiersnetz.carrier.boundary.SiteService;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.carrier.entity.Site;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/** The carriers of the network and their sites. Public to read: volunteers choose among them. */
@Path("v1/carriers")
@Produces(MediaType.APPLICATION_JSON)
public class CarrierResource {

    @Inject
    CarrierService carriers;

    @Inject
    SiteService sites;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "All carriers of the network and the youth-welfare office")
    public List<CarrierResponse> list() {
        return carriers.listAll().stream().map(CarrierResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.CARRIER_MANAGE)
    @Operation(summary = "Add a carrier (administrators)")
    @APIResponseSchema(value = CarrierResponse.class, responseCode = "201")
    public Response create(CarrierInput input) {
        Carrier carrier = carriers.create(input);
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(carrier.getCode()).build())
                .entity(CarrierResponse.of(carrier))
                .build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One carrier")
    public CarrierResponse get(@PathParam("code") String code) {
        return CarrierResponse.of(carriers.getByCode(code));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.CARRIER_MANAGE)
    @Operation(summary = "Rename a carrier (administrators); code and kind stay")
    public CarrierResponse update(@PathParam("code") String code, CarrierInput input) {
        return CarrierResponse.of(carriers.update(code, input));
    }

    @GET
    @Path("{code}/sites")
    @Operation(summary = "The sites of a carrier")
    public List<SiteResponse> sites(@PathParam("code") String code) {
        return sites.list(code).stream().map(SiteResponse::of).toList();
    }

    @POST
    @Path("{code}/sites")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.SITE_MANAGE)
    @Operation(summary = "Add a site (administrators, the carrier's coordinators)")
    @APIResponseSchema(value = SiteResponse.class, responseCode = "201")
    public Response addSite(@PathParam("code") String code, SiteInput input) {
        Site site = sites.create(currentUser.caller(), code, input);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("v1/sites")
                        .path(String.valueOf(site.getId()))
                        .build())
                .entity(SiteResponse.of(site))
                .build();
    }
}
