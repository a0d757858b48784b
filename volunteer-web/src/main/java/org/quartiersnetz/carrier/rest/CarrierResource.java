package org.quartiersnetz.carrier.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.quartiersnetz.carrier.boundary.CarrierService;

/** The carriers of the network. Public: volunteers choose among them. */
@Path("v1/carriers")
@Produces(MediaType.APPLICATION_JSON)
public class CarrierResource {

    @Inject
    CarrierService carriers;

    @GET
    @Operation(summary = "All carriers of the network and the youth-welfare office")
    public List<CarrierResponse> list() {
        return carriers.listAll().stream().map(CarrierResponse::of).toList();
    }
}
